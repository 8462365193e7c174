import { lazy, Suspense, useRef, useState } from 'react';
import { useApiProblem } from '../errors';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartTable } from '../components/ChartTable';
import { ExportButtons } from '../components/ExportButtons';
import { GoalCard, GoalCard_GoalFragment, VerdictLevel } from '../components/GoalCard';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { useFormat } from '../format';
import { getFragmentData, graphql } from '../gql';
import { useMe } from '../auth';
import { PlaceOptions } from '../components/PlaceOptions';

const ShareChart = lazy(async () => ({ default: (await import('../components/ShareChart')).ShareChart }));

const AnnualReportDocument = graphql(`
  query AnnualReport($year: Int!, $healthcareRegionId: ID!, $from: Date!, $to: Date!) {
    annualReport(year: $year, healthcareRegionId: $healthcareRegionId) {
      year
      text
      rollUp
      goals {
        number
        name
        verdict
      }
      shareGoals {
        ...GoalCard_goal
        verdict: evaluation {
          ...GoalCard_evaluation
        }
      }
      dialogues {
        questions {
          id
          key
          text
        }
        coverage {
          questionKey
          required
          answered
          complete
          missing {
            id
            type
            name
          }
        }
        goals {
          goal
          questionKey
          met
        }
      }
    }
    representation(healthcareRegionId: $healthcareRegionId, asOf: $to) {
      shares {
        region {
          id
          name
        }
        populationShare
      }
    }
    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $to, interval: QUARTER) {
      asOf
      shares {
        region {
          id
        }
        share
      }
    }
  }
`);

const MIN_YEAR = 2015;
const MAX_YEAR = 2100;

const STYLE_FOR_DOWNLOAD = `body{font-family:Georgia,serif;max-width:48rem;margin:2rem auto;line-height:1.5}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}.no-print,.export-buttons{display:none}`;

/**
 * The annual report's section ("årsredovisningen") for a year: the text in the report's own style beside each goal's
 * verdict level and the roll-up, the member-share goals with their figures and verdicts, the chart of the shares and
 * the dialogue coverage behind goals 2 and 6.
 * It prints on its own (a print stylesheet hides the application) and downloads as one HTML document for Word.
 */
export function AnnualReport() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear() - 1);
  // What is typed in the year field; the report is asked for only once it is a whole year the register covers, so a
  // half-typed "20" neither queries the API nor shows its refusal.
  const [typedYear, setTypedYear] = useState(String(year));
  const typedIsYear = /^\d{4}$/.test(typedYear) && Number(typedYear) >= MIN_YEAR && Number(typedYear) <= MAX_YEAR;
  const problem = useApiProblem();
  const { healthcareRegions } = useHealthcareRegions();
  const own = healthcareRegions.find((hr) => hr.id === me.homeHealthcareRegion?.id);
  const healthcareRegionId = params.get('healthcareRegion') ?? own?.id ?? '';
  const { data, loading, error } = useQuery(AnnualReportDocument, {
    variables: { year, healthcareRegionId, from: `${year - 1}-12-31`, to: `${year}-12-31` },
    skip: !healthcareRegionId,
  });
  const article = useRef<HTMLElement>(null);
  const report = data?.annualReport;
  const regions =
    data?.representation.shares.map((s) => ({
      id: s.region.id,
      name: s.region.name,
      populationShare: s.populationShare,
    })) ?? [];
  const points = (data?.representationTrend ?? []).map((r) => ({
    asOf: r.asOf,
    shares: Object.fromEntries(r.shares.map((s) => [s.region.id, s.share])),
  }));
  const hrName = healthcareRegions.find((hr) => hr.id === healthcareRegionId)?.name ?? '';

  const download = () => {
    if (!article.current) return;
    const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${t('annualReport.documentTitle', { year, name: hrName })}</title><style>${STYLE_FOR_DOWNLOAD}</style></head><body>${article.current.outerHTML}</body></html>`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    link.download = `arsredovisning-${year}-${hrName.toLowerCase().replace(/[^a-zåäö]+/g, '-')}.html`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section className="annual-report">
      <div className="filters no-print">
        <label>
          {t('annualReport.year')}{' '}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={6}
            value={typedYear}
            aria-invalid={!typedIsYear}
            aria-describedby={typedIsYear ? undefined : 'annual-report-year-problem'}
            onChange={(e) => {
              const typed = e.target.value.trim();
              setTypedYear(typed);
              if (/^\d{4}$/.test(typed) && Number(typed) >= MIN_YEAR && Number(typed) <= MAX_YEAR)
                setParams({ year: typed, healthcareRegion: healthcareRegionId });
            }}
          />
        </label>
        <label>
          {t('annualReport.healthcareRegion')}{' '}
          <select
            value={healthcareRegionId}
            onChange={(e) => setParams({ year: String(year), healthcareRegion: e.target.value })}
          >
            <PlaceOptions places={healthcareRegions} />
          </select>
        </label>
        <button type="button" className="primary" onClick={() => window.print()} disabled={!report}>
          {t('annualReport.print')}
        </button>
        <button type="button" onClick={download} disabled={!report}>
          {t('annualReport.download')}
        </button>
      </div>
      {!typedIsYear && (
        <p id="annual-report-year-problem" className="problem" role="alert">
          {t('annualReport.yearInvalid', { min: MIN_YEAR, max: MAX_YEAR })}
        </p>
      )}
      {error && <p role="alert">{problem(error)?.message}</p>}
      {loading && !report && <p role="status">{t('common.loading')}</p>}
      {report && (
        <article ref={article} aria-labelledby="annual-report-title">
          <h1 id="annual-report-title">{t('annualReport.title', { year: report.year, name: hrName })}</h1>
          <div className="report-with-verdicts">
            <div className="report-text" lang="sv">
              {report.text
                .split('\n\n')
                .map((paragraph, i) => (i === 0 ? <h2 key={i}>{paragraph}</h2> : <p key={i}>{paragraph}</p>))}
            </div>
            {report.goals.length > 0 && (
              <section className="goal-verdicts" aria-labelledby="goal-verdicts-title">
                <h2 id="goal-verdicts-title">{t('annualReport.goalsTitle')}</h2>
                <p className="lead" lang="sv">
                  {report.rollUp}
                </p>
                <table className="compact">
                  <caption className="visually-hidden">{t('annualReport.goalsCaption', { year: report.year })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('annualReport.goal')}</th>
                      <th scope="col">{t('annualReport.goalName')}</th>
                      <th scope="col">{t('annualReport.verdict')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.goals.map((goal) => (
                      <tr key={`${goal.number}-${goal.name}`}>
                        <th scope="row">{goal.number}</th>
                        <td>{goal.name}</td>
                        <td>
                          <VerdictLevel verdict={goal.verdict} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
          </div>

          <h2>{t('annualReport.shareGoals')}</h2>
          {report.shareGoals.length === 0 && <p>{t('annualReport.noShareGoals')}</p>}
          <div className="goal-cards">
            {report.shareGoals.map((goal) => (
              <GoalCard
                key={getFragmentData(GoalCard_GoalFragment, goal).id}
                goal={goal}
                verdict={goal.verdict}
                current={goal.verdict}
              />
            ))}
          </div>

          {points.length > 0 && (
            <>
              <h2>{t('annualReport.chart', { year: report.year })}</h2>
              <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
                <ShareChart regions={regions} points={points} />
              </Suspense>
              <ChartTable
                columns={regions.map((r) => r.name)}
                rows={points.map((point) => ({
                  asOf: point.asOf,
                  cells: regions.map((r) =>
                    point.shares[r.id] === undefined ? '–' : format.share(point.shares[r.id]!),
                  ),
                }))}
                footer={{
                  label: t('dashboard.populationShare'),
                  cells: regions.map((r) => format.share(r.populationShare)),
                }}
              />
            </>
          )}

          <h2>{t('annualReport.dialogueGoals')}</h2>
          <div className="table-scroll">
            <table>
              <caption>{t('annualReport.coverageCaption', { year: report.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('annualReport.goal')}</th>
                  <th scope="col">{t('annualReport.question')}</th>
                  <th scope="col">{t('annualReport.answered')}</th>
                  <th scope="col">{t('annualReport.missing')}</th>
                  <th scope="col">{t('annualReport.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {report.dialogues.goals.map((goal) => {
                  const coverage = report.dialogues.coverage.find((c) => c.questionKey === goal.questionKey);
                  const question = report.dialogues.questions.find((q) => q.key === goal.questionKey);
                  return (
                    <tr key={goal.goal}>
                      <th scope="row">{goal.goal}</th>
                      <td>{question?.text ?? goal.questionKey}</td>
                      <td>
                        {coverage
                          ? t('annualReport.answeredOf', {
                              answered: coverage.answered,
                              required: coverage.required,
                              share: format.share(coverage.required ? coverage.answered / coverage.required : 1),
                            })
                          : '–'}
                      </td>
                      <td>{coverage?.missing.map((g) => `${g.type} ${g.name}`).join(', ') || '–'}</td>
                      <td>
                        <span className={`verdict ${goal.met ? 'met' : 'not-met'}`}>
                          {goal.met ? t('annualReport.met') : t('annualReport.notMet')}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <ExportButtons
            input={{ list: 'DIALOGUE_COVERAGE', year: report.year }}
            label={t('annualReport.exportCoverage')}
          />
        </article>
      )}
    </section>
  );
}
