import { REPORT_SECTIONS, SECTION_TITLES, type ReportSection } from "@/lib/reports/schemas";
import styles from "./report-forms.module.css";

/** A checkbox per section of the comparison, for the report's editor and its first form. */
export function SectionChoices({ chosen }: { chosen: readonly ReportSection[] }) {
  return (
    <fieldset className={styles.sections}>
      <legend>Sections</legend>
      {REPORT_SECTIONS.map((section) => (
        <label key={section} className="checkbox">
          <input type="checkbox" name="sections" value={section} defaultChecked={chosen.includes(section)} />
          {SECTION_TITLES[section]}
        </label>
      ))}
    </fieldset>
  );
}
