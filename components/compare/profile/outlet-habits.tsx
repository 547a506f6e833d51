import { ChartOrTable } from "@/components/charts/chart-or-table";
import { formatDensity, formatShare } from "@/components/charts/format";
import { PairedBarChart, type PairedRow } from "@/components/charts/paired-bar-chart";
import { speakerTypeLabel } from "../labels";
import type { Habit, HabitMetric } from "@/lib/analytics/profile/compare-outlet-habits";
import { PairedTable } from "./paired-table";

const SHOWN = 9;

interface Props {
  habits: Habit[];
  outletName: string;
  color: string;
}

/** The outlet's frame mix and voices by speaker type beside the other outlets' average, largest first. */
export function OutletHabits({ habits, outletName, color }: Props) {
  const chart = (title: string, metric: HabitMetric, labelOf: (habit: Habit) => string) => {
    const rows = habits
      .filter((habit) => habit.metric === metric)
      .sort((a, b) => Math.max(b.outlet ?? 0, b.others ?? 0) - Math.max(a.outlet ?? 0, a.others ?? 0))
      .slice(0, SHOWN)
      .map((habit): PairedRow => ({
        key: habit.key,
        label: labelOf(habit),
        outlet: habit.outlet ?? 0,
        others: habit.others ?? 0,
        outletLabel: formatShare(habit.outlet),
        othersLabel: formatShare(habit.others),
      }));
    if (rows.length === 0) return <p className="muted">No {title.toLowerCase()} counted yet.</p>;
    const top = Math.max(...rows.map((row) => Math.max(row.outlet, row.others)));
    return (
      <ChartOrTable
        title={title}
        chart={
          <PairedBarChart
            rows={rows}
            color={color}
            outletName={outletName}
            top={top}
            label={`${title}: ${outletName} against the other outlets' average`}
          />
        }
        table={<PairedTable caption={`${title}: share of tags`} rows={rows} outletName={outletName} />}
      />
    );
  };
  return (
    <>
      {chart("Frames", "frame", (habit) => habit.label ?? habit.key)}
      {chart("Voices by speaker type", "speakerType", (habit) =>
        speakerTypeLabel(habit.key === "none" ? null : habit.key),
      )}
    </>
  );
}

/** Loaded language per 1,000 words and the share of loaded namings, as numbers beside the others' average. */
export function LoadedHabits({ habits, outletName }: { habits: Habit[]; outletName: string }) {
  const find = (metric: HabitMetric, key: string) =>
    habits.find((habit) => habit.metric === metric && habit.key === key);
  const rows: PairedRow[] = [
    ["loaded", "unfavourable", "Unfavourable wording per 1,000 words"],
    ["loaded", "favourable", "Favourable wording per 1,000 words"],
    ["loadedNaming", "loaded", "Namings that are loaded"],
  ].flatMap(([metric, key, label]) => {
    const habit = find(metric as HabitMetric, key);
    if (!habit) return [];
    const format = metric === "loaded" ? formatDensity : formatShare;
    return [
      {
        key,
        label,
        outlet: habit.outlet ?? 0,
        others: habit.others ?? 0,
        outletLabel: format(habit.outlet),
        othersLabel: habit.otherOutlets > 0 ? format(habit.others) : "—",
      },
    ];
  });
  if (rows.length === 0) return <p className="muted">No counted articles yet.</p>;
  return <PairedTable caption="Loaded language and naming" rows={rows} outletName={outletName} />;
}
