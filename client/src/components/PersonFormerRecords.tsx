import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';

const PersonFormerRecordsDocument = graphql(`
  query PersonFormerRecords($id: ID!) {
    person(id: $id) {
      id
      mergedInto {
        id
        name
      }
      formerRecords {
        id
        name
      }
    }
  }
`);

/** On a person's page: the records merged into the person, or the person a merged record now belongs to. */
export function PersonFormerRecords({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PersonFormerRecordsDocument, { variables: { id: personId } });
  const person = data?.person;
  if (!person) return null;
  if (person.mergedInto) {
    return (
      <p className="notice">
        <Link to={`/persons/${person.mergedInto.id}`}>
          {t('personMerges.mergedInto', { name: person.mergedInto.name })}
        </Link>
      </p>
    );
  }
  if (person.formerRecords.length === 0) return null;
  return <p>{t('personMerges.formerList', { names: person.formerRecords.map((r) => r.name).join(', ') })}</p>;
}
