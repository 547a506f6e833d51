import { formatCoefficient } from "@/components/agreement/format-coefficient";
import { plural } from "@/lib/format";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";
import styles from "./report.module.css";

/** How the numbers were made, written from the data: coders, adjudication, agreement, codebook, thin data. */
export function MethodsPart({ snapshot }: { snapshot: ReportSnapshot }) {
  const { methods } = snapshot;
  const { coders, articles, thin } = methods;
  const versions = coders.versions.length
    ? `codebook version${coders.versions.length > 1 ? "s" : ""} ${coders.versions.join(", ")}`
    : "no codebook version (no counted tags)";
  return (
    <section id="methods" className={styles.section} aria-labelledby="methods-heading">
      <h2 id="methods-heading">Methods</h2>
      <p>
        The report covers {plural(articles.inScope, "article")} of the event; {articles.counted} are counted (
        {articles.gold} from adjudicated gold, {articles.counted - articles.gold} from reviewers&apos; tags averaged),{" "}
        {articles.untagged} have no submitted review and are left out. Tags were made under {versions}.
      </p>
      <p>
        {coders.reviewers.length === 0
          ? "No reviewer has submitted an article in scope."
          : `Reviewers: ${coders.reviewers.map((one) => `${one.name} (${plural(one.submitted, "article")})`).join(", ")}.`}{" "}
        {coders.adjudicated === 0
          ? "No article in scope has been adjudicated."
          : `${plural(coders.adjudicated, "article")} adjudicated into gold by ${coders.adjudicators.map((one) => `${one.name} (${one.articles})`).join(", ")}.`}
      </p>
      <p>
        Agreement is measured over the whole event on the {plural(methods.doubleCoded, "article")} two reviewers
        submitted: Krippendorff&apos;s unitizing alpha (uα) for where passages were tagged, nominal alpha (α) for what
        was said about them; 0.8 and above is reliable, 0.667 to 0.8 tentative, below that unreliable.
      </p>
      {methods.categories.length > 0 && (
        <table className="table">
          <caption>Agreement per category used</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className="numeric">
                Tags
              </th>
              <th scope="col" className="numeric">
                uα
              </th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {methods.categories.map((category) => (
              <tr key={category.code}>
                <th scope="row">{category.label}</th>
                <td className="numeric">{category.tags}</td>
                <td className="numeric">{formatCoefficient(category.figure.alpha)}</td>
                <td>
                  {category.figure.verdict === "undefined" ? "not computable" : category.figure.verdict}
                  {category.figure.thin && category.figure.alpha !== null && ", thin"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Thin data: a number resting on fewer than {thin.articles} articles or {thin.tags} weighted tags is marked ° (one
        article more or less could change it); an agreement figure on fewer than {thin.agreementUnits} units is marked
        thin. Two reviewers&apos; tags of one article count as one tag (each weighs ½).
      </p>
    </section>
  );
}
