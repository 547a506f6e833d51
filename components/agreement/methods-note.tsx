import { THIN_BELOW_UNITS } from "@/lib/agreement/reliability-figure";
import { DEFAULT_MIN_OVERLAP } from "@/lib/agreement/span-agreement";
import { RELIABLE_FROM, TENTATIVE_FROM } from "@/lib/agreement/thresholds";
import styles from "./agreement.module.css";
import { formatCoefficient } from "./format-coefficient";
import { ReliabilityBadge } from "./reliability-badge";

const reliable = formatCoefficient(RELIABLE_FROM);
const tentative = formatCoefficient(TENTATIVE_FROM);

/** What the figures below measure and how to read them: a summary, the details one click away. */
export function MethodsNote() {
  return (
    <section className="card" aria-labelledby="methods-heading">
      <h2 id="methods-heading">How to read these figures</h2>
      <p>
        Only articles that at least two reviewers have submitted count, with those reviewers&rsquo; own blind tags and
        forms (not the adjudicated gold). Krippendorff&rsquo;s α corrects for chance: rely on α ≥ {reliable}, draw only
        tentative conclusions from {tentative} to {reliable}, and treat lower values as unreliable (Krippendorff 2004).
        Passage tags also get F1, the share of tags the other reviewer matched; it is not corrected for chance and gets
        no mark.
      </p>
      <ul className={styles.legend} aria-label="Marks">
        <li>
          <ReliabilityBadge verdict="reliable" /> α ≥ {reliable}
        </li>
        <li>
          <ReliabilityBadge verdict="tentative" /> {tentative} to {reliable}
        </li>
        <li>
          <ReliabilityBadge verdict="unreliable" /> below {tentative}
        </li>
        <li>
          <ReliabilityBadge verdict="undefined" /> no pairs, or no variation
        </li>
        <li className={styles.legendNote}>
          <span aria-hidden="true">⚠ </span>thin: under {THIN_BELOW_UNITS} units, one article can move it across a
          threshold
        </li>
      </ul>
      <details className={styles.details}>
        <summary>The method in detail</summary>
        <ul className={styles.methods}>
          <li>
            <strong>Matching passages.</strong> Two reviewers&rsquo; tags of an article match when they have the same
            category and overlap by at least {DEFAULT_MIN_OVERLAP * 100}% (shared characters over characters either
            covers), each tag matched at most once, closest first. F1 = 2 × matched ÷ (2 × matched + unmatched), counted
            over every pair of reviewers on every article; the exact F1 asks for identical boundaries, so the gap
            between the two shows how much reviewers differ on where a passage starts and ends.
          </li>
          <li>
            <strong>Unitizing α</strong> (Krippendorff 2004) compares where two reviewers placed a category, character
            by character over all counted articles, with where units of those lengths would fall by chance. Where an
            article has more than two reviewers it reads the first two to submit.
          </li>
          <li>
            <strong>Attributes.</strong> Nominal α over the matched pairs of tags; a field left empty (no claim, no
            actor) counts as a value of its own, since leaving it empty is a coding decision too.
          </li>
          <li>
            <strong>Article form.</strong> Nominal α for the primary and headline frame, interval α for tone (−2 to +2);
            articles are the units, and a question a reviewer left blank is missing rather than a disagreement.
          </li>
          <li>
            <strong>Not computable.</strong> α needs a unit with values from two reviewers, and some variation among the
            values: when every value is the same, agreement cannot be told apart from chance.
          </li>
        </ul>
      </details>
    </section>
  );
}
