import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const AgendaList_ItemFragment = graphql(`
  fragment AgendaList_item on AgendaItem {
    id
    position
    title
    decision
    paragraph
    topics {
      id
      name
    }
  }
`);

/** A meeting's agenda as minuted: each item with its paragraph number, the topics it took up and its decision. */
export function AgendaList({ items: refs }: { items: FragmentType<typeof AgendaList_ItemFragment>[] }) {
  const { t } = useTranslation();
  const items = getFragmentData(AgendaList_ItemFragment, refs);
  if (items.length === 0) return <p>{t('meetings.agenda.none')}</p>;
  return (
    <ol className="agenda">
      {items.map((item) => (
        <li key={item.id}>
          <p className="agenda-title">
            {item.paragraph && <span className="paragraph">{item.paragraph} </span>}
            {item.title}
          </p>
          {item.topics.length > 0 && (
            <p className="small">
              {t('meetings.agenda.topicsShown', { topics: item.topics.map((topic) => topic.name).join(', ') })}
            </p>
          )}
          {item.decision && (
            <p>
              <strong>{t('meetings.agenda.decision')}:</strong> {item.decision}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
