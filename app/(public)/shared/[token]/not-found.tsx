// A link that is unknown, revoked or expired says so and nothing more: it leads nowhere into the app.
export default function SharedReportNotFound() {
  return (
    <div className="centered-page">
      <h1>This link does not open a report</h1>
      <p>It may have been revoked, or it has expired. Ask whoever sent it for a new one.</p>
    </div>
  );
}
