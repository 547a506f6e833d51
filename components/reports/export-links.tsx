import { COPY_DATASETS, DATASET_TITLES, DATASETS, FORMATS } from "@/lib/exports/datasets";
import styles from "./report-forms.module.css";

interface Props {
  /** An event id, or "all". */
  event: string;
  title: string;
  pseudonymise: boolean;
}

/** Download links for every dataset of an event (or of every event) in each format, with its data dictionary. */
export function ExportLinks({ event, title, pseudonymise }: Props) {
  const datasets = event === "all" ? COPY_DATASETS : DATASETS;
  const href = (dataset: string, format: string) =>
    `/api/exports/${dataset}?${new URLSearchParams({ event, format, ...(pseudonymise && { pseudonymise: "1" }) })}`;
  return (
    <div className={styles.exports}>
      <h2>Downloads: {title}</h2>
      <table className="table" aria-label="Downloads">
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">Files</th>
            <th scope="col">Columns</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset}>
              <th scope="row">{DATASET_TITLES[dataset]}</th>
              <td>
                <div className={styles.files}>
                  {FORMATS.map((format) => (
                    <a
                      key={format}
                      href={href(dataset, format)}
                      download
                      aria-label={`${DATASET_TITLES[dataset]} as ${format.toUpperCase()}`}
                    >
                      {format.toUpperCase()}
                    </a>
                  ))}
                </div>
              </td>
              <td>
                <div className={styles.files}>
                  <a href={`/api/exports/${dataset}/dictionary`} download>
                    dictionary.json
                  </a>
                  <a href={`/api/exports/${dataset}/dictionary?format=csv`} download>
                    CSV
                  </a>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
