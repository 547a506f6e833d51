import { FocusableMark } from "./focusable-mark";

interface Props {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Read by screen readers and shown on hover: what the bar is and its number. */
  description: string;
  /** Written inside the bar when it is wide enough. */
  label?: string;
  labelColor?: string;
  onOpen?: () => void;
}

/**
 * A bar (or stacked segment) that can be reached with Tab and opened with Enter or Space as well as by a click:
 * Recharts draws plain rectangles, which a keyboard cannot reach.
 */
export function FocusableBar({ x, y, width, height, fill, description, label, labelColor, onOpen }: Props) {
  if (!(width > 0) || !(height > 0)) return <g />;
  const fits = label !== undefined && width >= label.length * 7 + 8;
  return (
    <FocusableMark description={description} onOpen={onOpen}>
      <rect x={x} y={y} width={width} height={height} fill={fill} />
      {fits && (
        <text
          x={x + width / 2}
          y={y + height / 2}
          dy="0.35em"
          textAnchor="middle"
          fontSize={11.5}
          fontWeight={600}
          fill={labelColor}
          pointerEvents="none"
        >
          {label}
        </text>
      )}
    </FocusableMark>
  );
}
