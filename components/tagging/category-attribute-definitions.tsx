import type { CategoryAttribute } from "@/lib/codebook/category-attributes";
import styles from "./definitions.module.css";

/** The attributes a category asks for beyond its kind's, with their options, as the codebook defines them. */
export function CategoryAttributeDefinitions({ attributes }: { attributes: CategoryAttribute[] }) {
  if (attributes.length === 0) return null;
  return (
    <ul className={styles.categoryAttributes}>
      {attributes.map((attribute) => (
        <li key={attribute.code}>
          <strong>{attribute.label}</strong>
          {attribute.description && `: ${attribute.description}`}
          {attribute.options.length > 0 && (
            <ul>
              {attribute.options.map((option) => (
                <li key={option.code}>
                  {option.label}
                  {option.description && `: ${option.description}`}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
