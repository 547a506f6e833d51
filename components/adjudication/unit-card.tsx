import type { CSSProperties, MouseEvent, ReactNode } from "react";
import { KIND_COLOURS, KIND_LABELS } from "../tagging/kinds";
import { attributeRows, fieldsSet } from "./attribute-rows";
import styles from "./adjudication.module.css";
import { describeUnit } from "./describe-unit";
import { GoldCell } from "./gold-cell";
import type { AdjudicationUnit, CategoryInUse, EventLinks, Reviewer } from "./types";
import { VersionCell, type VersionCommands } from "./version-cell";

interface UnitCardProps {
  unit: AdjudicationUnit;
  reviewers: Reviewer[];
  category: CategoryInUse | undefined;
  links: EventLinks;
  focused: boolean;
  editable: boolean;
  commandsFor(versionIndex: number): VersionCommands;
  onShow(): void;
  onFocus(): void;
  /** The editor of a gold tag made from one of its versions, while open. */
  children?: ReactNode;
}

const isControl = (target: EventTarget) =>
  target instanceof Element && target.closest("button, a, input, select, label");

/**
 * One unit side by side: a column per reviewer with their version (differing attributes in bold, extra words
 * marked) and the decisions to make, and the gold column. Clicking it shows its passage in the text.
 */
export function UnitCard({
  unit,
  reviewers,
  category,
  links,
  focused,
  editable,
  commandsFor,
  ...props
}: UnitCardProps) {
  const fields = fieldsSet([...unit.versions.flatMap((version) => version?.tag ?? []), ...unit.gold], category);
  const differing = new Set(unit.differences.fields);
  const rowsOf = (tag: Parameters<typeof attributeRows>[0]) => attributeRows(tag, fields, links, category);
  const titleId = `unit-${unit.key}`;
  return (
    <li>
      <article
        className={styles.unit}
        style={{ borderLeftColor: KIND_COLOURS[unit.kind] }}
        data-unit-key={unit.key}
        data-status={unit.status}
        tabIndex={focused ? 0 : -1}
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-summary`}
        onFocus={props.onFocus}
        onClick={(event: MouseEvent) => !isControl(event.target) && (props.onFocus(), props.onShow())}
      >
        <header className={styles.unitHeader}>
          <h3 id={titleId}>
            {unit.label}
            {KIND_LABELS[unit.kind] !== unit.label && <span className="muted small"> {KIND_LABELS[unit.kind]}</span>}
          </h3>
          <p id={`${titleId}-summary`} className={styles[unit.status]}>
            {describeUnit(unit, reviewers, category)}
          </p>
          <button type="button" className="link-button small" onClick={props.onShow}>
            Show in text
          </button>
        </header>
        {/* A version's rows: reviewer, words, each field, decision, buttons. */}
        <div className={styles.columns} style={{ "--rows": fields.length + 4 } as CSSProperties}>
          {reviewers.map((reviewer, index) => {
            const version = unit.versions[index];
            return (
              <VersionCell
                key={reviewer.id}
                reviewerName={reviewer.name}
                version={version}
                rows={version ? rowsOf(version.tag) : []}
                differing={differing}
                editable={editable}
                commands={commandsFor(index)}
              />
            );
          })}
          <GoldCell gold={unit.gold.map((tag) => ({ tag, rows: rowsOf(tag) }))} undecided={unit.undecided} />
        </div>
        {props.children}
      </article>
    </li>
  );
}
