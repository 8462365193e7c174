import { useTranslation } from 'react-i18next';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFormat } from '../format';

export interface ChartRegion {
  id: string;
  name: string;
  populationShare: number;
}

export interface ChartPoint {
  asOf: string;
  shares: Record<string, number>;
}

// Colour-blind-safe (Okabe–Ito), dark enough for the reference lines to stand out on a white ground.
/** The page's text colour: legend and labels in it read at 15:1 on white. */
const INK = '#1b2430';

export const REGION_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

/**
 * Each region's share stacked over time. The dashed lines mark where the bands would lie if every region held its
 * population share, so a band that crosses its line holds more seats than its population would give it.
 * The chart is a picture for sighted users, hidden from assistive technology and out of the tab order (recharts'
 * keyboard layer is off); the visible table beside it carries the same numbers. Legend and line labels are in the
 * text colour (the series colours are 2–3:1 against white), and each dashed line names the region whose band it ends.
 */
export function ShareChart({ regions, points }: { regions: ChartRegion[]; points: ChartPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = points.map((p) => ({ asOf: p.asOf, ...p.shares }));
  // Each dashed line ends a region's band: the sum of the population shares up to and including it.
  const parityLines = regions
    .slice(0, -1)
    .map((_, i) => regions.slice(0, i + 1).reduce((sum, r) => sum + r.populationShare, 0));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <AreaChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
          <XAxis dataKey="asOf" tick={{ fontSize: 12, fill: INK }} />
          <YAxis
            domain={[0, 1]}
            tickFormatter={(v: number) => format.share(v)}
            tick={{ fontSize: 12, fill: INK }}
            width={64}
          />
          <Tooltip formatter={(value) => format.share(Number(value))} />
          <Legend formatter={(value: string) => <span style={{ color: INK }}>{value}</span>} />
          {regions.map((r, i) => (
            <Area
              key={r.id}
              type="stepAfter"
              dataKey={r.id}
              name={r.name}
              stackId="shares"
              stroke={REGION_COLOURS[i % REGION_COLOURS.length]}
              fill={REGION_COLOURS[i % REGION_COLOURS.length]}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ))}
          {parityLines.map((y, i) => (
            <ReferenceLine
              key={regions[i]!.id}
              y={y}
              stroke="#1b2430"
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{
                value: t('dashboard.parityLineOf', { name: regions[i]!.name }),
                position: 'insideTopRight',
                fontSize: 11,
                fill: INK,
              }}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One region's share over time against its population share (the dashed line). */
export function OwnShareChart({ region, points }: { region: ChartRegion; points: ChartPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = points.map((p) => ({ asOf: p.asOf, share: p.shares[region.id] ?? 0 }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <AreaChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
          <XAxis dataKey="asOf" tick={{ fontSize: 12, fill: INK }} />
          <YAxis
            domain={[0, 'auto']}
            tickFormatter={(v: number) => format.share(v)}
            tick={{ fontSize: 12, fill: INK }}
            width={64}
          />
          <Tooltip formatter={(value) => format.share(Number(value))} />
          <Area
            type="stepAfter"
            dataKey="share"
            name={region.name}
            stroke={REGION_COLOURS[0]}
            fill={REGION_COLOURS[0]}
            fillOpacity={0.4}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={region.populationShare}
            stroke="#1b2430"
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{ value: t('dashboard.populationShare'), position: 'insideTopRight', fontSize: 11, fill: INK }}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
