import type { RefObject } from "react";
import { CategoryAttributeDefinitions } from "./category-attribute-definitions";
import styles from "./definitions.module.css";
import { KindAttributeMeanings } from "./kind-attribute-meanings";
import { KIND_LABELS, KIND_ORDER } from "./kinds";
import { keyLabel } from "./shortcut-keys";
import sidePanel from "./side-panel.module.css";
import type { CategoryInUse } from "./types";

export const DEFINITIONS_ID = "definitions";

interface DefinitionsPanelProps {
  categories: CategoryInUse[];
  keyOf: Map<string, string>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose(): void;
}

/** The codebook version in use, read while tagging: every category's definition by kind, and what attributes mean. */
export function DefinitionsPanel({ categories, keyOf, headingRef, onClose }: DefinitionsPanelProps) {
  return (
    <section id={DEFINITIONS_ID} aria-labelledby="definitions-heading" className={styles.panel}>
      <div className={styles.header}>
        <h2 id="definitions-heading" ref={headingRef} tabIndex={-1}>
          Definitions
        </h2>
        <button type="button" className={sidePanel.secondary} onClick={onClose} aria-keyshortcuts="?">
          Close
        </button>
      </div>
      {KIND_ORDER.map((kind) => {
        const ofKind = categories.filter((category) => category.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`definitions-${kind}`}>
            <h3 id={`definitions-${kind}`}>{KIND_LABELS[kind]}</h3>
            <dl className={styles.categories}>
              {ofKind.map((category) => (
                <div key={category.id}>
                  <dt>
                    {keyOf.has(category.id) && <kbd>{keyLabel(keyOf.get(category.id)!)}</kbd>} {category.label}
                  </dt>
                  <dd>
                    {category.description}
                    <CategoryAttributeDefinitions attributes={category.attributes} />
                  </dd>
                </div>
              ))}
            </dl>
            <KindAttributeMeanings kind={kind} />
          </section>
        );
      })}
    </section>
  );
}
