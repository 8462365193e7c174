import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../auth';
import { addDaysTo } from '../format';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { today } from '../today';
import { ProblemMessage } from './ProblemMessage';
import { TypeBadge } from './TypeBadge';
import { ActionsHeader } from './ActionsHeader';

const ExpiringDocument = graphql(`
  query ExpiringTerms($withinDays: Int!) {
    expiringMemberships(withinDays: $withinDays) {
      id
      role
      endDate
      group {
        id
        name
        type
      }
      person {
        id
        name
      }
      representedRegion {
        id
        name
      }
    }
  }
`);

const OpenRenewalDocument = graphql(`
  mutation OpenRenewalNomination($input: OpenRenewalInput!) {
    openRenewalNomination(input: $input) {
      id
    }
  }
`);

const WINDOWS = [30, 90, 180, 365];

/** Terms that end soon, each with a way to open its renewal nomination with the incumbent proposed. */
export function ExpiringTerms() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const problem = useApiProblem();
  const [withinDays, setWithinDays] = useState(90);
  const { data, loading } = useQuery(ExpiringDocument, { variables: { withinDays } });
  const [openRenewal, renewal] = useMutation(OpenRenewalDocument);
  const renew = async (membershipId: string) => {
    const result = await openRenewal({ variables: { input: { membershipId, dueDate: addDaysTo(today(), 30) } } }).catch(
      () => null,
    );
    if (result?.data) void navigate(`/nominations/${result.data.openRenewalNomination.id}`);
  };
  const terms = data?.expiringMemberships ?? [];
  return (
    <section aria-labelledby="expiring-title">
      <h2 id="expiring-title">{t('expiring.title')}</h2>
      <div className="filters">
        <label>
          {t('expiring.window')}
          <select value={withinDays} onChange={(e) => setWithinDays(Number(e.target.value))}>
            {WINDOWS.map((days) => (
              <option key={days} value={days}>
                {t('expiring.days', { count: days })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemMessage problem={problem(renewal.error)} />
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : terms.length === 0 ? (
        <p>{t('expiring.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('member.group')}</th>
              <th scope="col">{t('member.person')}</th>
              <th scope="col">{t('member.role')}</th>
              <th scope="col">{t('member.representedRegion')}</th>
              <th scope="col">{t('member.endDate')}</th>
              {can.editRegister && <ActionsHeader />}
            </tr>
          </thead>
          <tbody>
            {terms.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <TypeBadge type={m.group.type} /> <Link to={`/groups/${m.group.id}`}>{m.group.name}</Link>
                </th>
                <td>
                  <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>
                </td>
                <td>{t(`memberRole.${m.role}`)}</td>
                <td>{m.representedRegion?.name ?? '–'}</td>
                <td>{m.endDate}</td>
                {can.editRegister && (
                  <td>
                    <button
                      type="button"
                      className="small"
                      disabled={renewal.loading}
                      aria-label={t('expiring.renewFor', {
                        name: m.person.name,
                        group: `${m.group.type} ${m.group.name}`,
                      })}
                      onClick={() => void renew(m.id)}
                    >
                      {t('expiring.renew')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
