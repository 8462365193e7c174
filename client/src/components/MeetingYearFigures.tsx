import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const MeetingYearFigures_YearFragment = graphql(`
  fragment MeetingYearFigures_year on MeetingYear {
    year
    scheduled
    counted
    held
    quorate
    partialAbsence
    cancelledNoQuorum
    cancelled
    extra
    quorateShare
  }
`);

/** A group's meetings in a year as the annual report counts them: held, quorate, their share, and the rest. */
export function MeetingYearFigures({ year: yearRef }: { year: FragmentType<typeof MeetingYearFigures_YearFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const year = getFragmentData(MeetingYearFigures_YearFragment, yearRef);
  const figures: [string, string][] = [
    [t('meetings.figures.counted'), String(year.counted)],
    [t('meetings.figures.held'), String(year.held)],
    [t('meetings.figures.quorate'), String(year.quorate)],
    [t('meetings.figures.quorateShare'), year.quorateShare == null ? '–' : format.share(year.quorateShare)],
    [t('meetings.figures.partialAbsence'), String(year.partialAbsence)],
    [t('meetings.figures.cancelledNoQuorum'), String(year.cancelledNoQuorum)],
    [t('meetings.figures.extra'), String(year.extra)],
    [t('meetings.figures.cancelled'), String(year.cancelled)],
    [t('meetings.figures.scheduled'), String(year.scheduled)],
  ];
  return (
    <dl className="meeting-figures">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
