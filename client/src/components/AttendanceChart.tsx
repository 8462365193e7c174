import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../format';
import { REGION_COLOURS } from './ShareChart';

/** The page's text colour, for labels that must read on white (the bars' colour is for the eye only). */
const INK = '#1b2430';
const BAR_HEIGHT = 40;

export interface AttendanceBar {
  key: string;
  label: string;
  /** Present of expected, 0–1; null when nobody was expected. */
  share: number | null;
}

/**
 * Attendance as horizontal bars, one per body, region or person, 0–100 %. Like the share chart it is a picture for
 * sighted users, hidden from assistive technology; the table beside it carries the same figures.
 */
export function AttendanceChart({ bars }: { bars: AttendanceBar[] }) {
  const format = useFormat();
  const data = bars.map((b) => ({ key: b.key, label: b.label, share: b.share ?? 0 }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(120, bars.length * BAR_HEIGHT + 50)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 10, right: 20, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 1]}
            tickFormatter={(v: number) => format.share(v)}
            tick={{ fontSize: 12, fill: INK }}
          />
          <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12, fill: INK }} interval={0} />
          <Tooltip formatter={(value) => format.share(Number(value))} />
          <Bar dataKey="share" fill={REGION_COLOURS[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
