/** The fields of a report the audit log records before and after a change. */
export const REPORT_AUDIT_FIELDS = {
  title: true,
  commentary: true,
  content: true,
  status: true,
  revision: true,
} as const;
