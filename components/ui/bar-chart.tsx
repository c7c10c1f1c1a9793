/**
 * A grouped horizontal bar chart as server-rendered SVG (no client code).
 * The chart is an image with a text alternative; the same figures are always
 * in a table next to it, which is what screen readers and keyboard users read.
 * Series are told apart by colour and by pattern, not colour alone.
 */
import { useId } from "react";

type Series = { label: string; color: string; pattern?: "solid" | "hatch" | "dots" };

export function GroupedBarChart(props: {
  title: string;
  description: string;
  series: Series[];
  rows: { label: string; values: (number | null)[] }[];
  format: (n: number) => string;
}) {
  const barHeight = 12;
  const gap = 4;
  const groupGap = 14;
  // Room for the longest row label (about 6.6 px per character at 12 px), within reason.
  const labelWidth = Math.min(
    300,
    Math.max(120, Math.ceil(Math.max(0, ...props.rows.map((r) => r.label.length)) * 6.6) + 16),
  );
  const valueWidth = 110;
  const chartWidth = 460;
  const totalWidth = labelWidth + chartWidth + valueWidth;
  const groupHeight = props.series.length * (barHeight + gap) + groupGap;
  // Legend entries laid out left to right from the bars' edge, wrapping to a new line when full.
  const legend: { x: number; y: number }[] = [];
  let lx = labelWidth;
  let ly = 4;
  for (const s of props.series) {
    const w = 34 + Math.ceil(s.label.length * 7);
    if (lx + w > totalWidth && lx > labelWidth) {
      lx = labelWidth;
      ly += 22;
    }
    legend.push({ x: lx, y: ly });
    lx += w;
  }
  const legendHeight = ly + 24;
  const height = legendHeight + props.rows.length * groupHeight;
  const max = Math.max(1, ...props.rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const scale = (v: number) => (v / max) * chartWidth;
  const uid = useId().replace(/:/g, "");
  const fill = (s: Series, i: number) => (s.pattern && s.pattern !== "solid" ? `url(#${uid}-pattern-${i})` : s.color);
  return (
    <figure className="flex flex-col gap-2">
      <svg
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        viewBox={`0 0 ${totalWidth} ${height}`}
        className="h-auto w-full max-w-4xl"
        style={{ fontFamily: "inherit" }}
      >
        <title id={`${uid}-title`}>{props.title}</title>
        <desc id={`${uid}-desc`}>{props.description}</desc>
        <defs>
          {props.series.map((s, i) =>
            s.pattern === "hatch" ? (
              <pattern
                key={i}
                id={`${uid}-pattern-${i}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill={s.color} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
              </pattern>
            ) : s.pattern === "dots" ? (
              <pattern key={i} id={`${uid}-pattern-${i}`} width="5" height="5" patternUnits="userSpaceOnUse">
                <rect width="5" height="5" fill={s.color} />
                <circle cx="2.5" cy="2.5" r="1.1" fill="#ffffff" />
              </pattern>
            ) : null,
          )}
        </defs>
        <g aria-hidden="true">
          {props.series.map((s, i) => (
            <g key={s.label} transform={`translate(${legend[i]!.x}, ${legend[i]!.y})`}>
              <rect width="14" height="14" fill={fill(s, i)} stroke="#1e2b3c" strokeWidth="0.5" />
              <text x="20" y="12" fontSize="12" fill="#1e2b3c">
                {s.label}
              </text>
            </g>
          ))}
          {props.rows.map((row, r) => {
            const y0 = legendHeight + r * groupHeight;
            return (
              <g key={row.label}>
                <text
                  x={labelWidth - 8}
                  y={y0 + (props.series.length * (barHeight + gap)) / 2 + 3}
                  fontSize="12"
                  textAnchor="end"
                  fill="#1e2b3c"
                >
                  {row.label}
                </text>
                {row.values.map((v, i) => {
                  const y = y0 + i * (barHeight + gap);
                  return (
                    <g key={i}>
                      <rect
                        x={labelWidth}
                        y={y}
                        width={Math.max(v === null ? 0 : 1, scale(v ?? 0))}
                        height={barHeight}
                        fill={fill(props.series[i]!, i)}
                        stroke="#1e2b3c"
                        strokeWidth="0.3"
                      />
                      <text x={labelWidth + scale(v ?? 0) + 6} y={y + barHeight - 2} fontSize="10" fill="#1e2b3c">
                        {v === null ? "–" : props.format(v)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
