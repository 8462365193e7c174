import { useTranslation } from 'react-i18next';

/** Names the years whose populations a report's population shares use (one year, or several where one is missing). */
export function PopulationYearsNote({ shares }: { shares: readonly { populationYear: number }[] }) {
  const { t, i18n } = useTranslation();
  const years = [...new Set(shares.map((s) => s.populationYear))].sort().map(String);
  if (!years.length) return null;
  const list = new Intl.ListFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'sv-SE', { type: 'conjunction' });
  return <p className="muted population-years">{t('populations.report.years', { years: list.format(years) })}</p>;
}

/** The seats representing organisations in the healthcare region's regions, shown beside the regions' seats. */
export function OrganisationSeatsTable({
  rows,
}: {
  rows: readonly { seats: number; organisation: { id: string; name: string } }[];
}) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <section aria-labelledby="organisation-seats-title">
      <h3 id="organisation-seats-title">{t('populations.report.organisationsTitle')}</h3>
      <p className="muted">{t('populations.report.organisationsIntro')}</p>
      <table className="compact">
        <thead>
          <tr>
            <th scope="col">{t('populations.report.organisation')}</th>
            <th scope="col">{t('populations.report.seats')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.organisation.id}>
              <th scope="row">{row.organisation.name}</th>
              <td>{row.seats}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
