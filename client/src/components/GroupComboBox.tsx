import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const GroupComboSearchDocument = graphql(`
  query GroupComboSearch($search: String) {
    groups(filter: { search: $search, status: ACTIVE }, first: 50) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          type
        }
      }
    }
  }
`);

const GroupComboChosenDocument = graphql(`
  query GroupComboChosen($id: ID!) {
    group(id: $id) {
      id
      name
      type
    }
  }
`);

const labelOf = (g: { type: string; name: string }) => `${g.type} ${g.name}`;

/**
 * React Aria's ComboBox over every active group, searched in the API as the user types (React Aria gives the
 * listbox pattern, keyboard and screen-reader behaviour that a hand-made widget lacks). Results are shown only for
 * the term on screen, never a previous term's; when more groups match than are shown, it says so.
 */
export function GroupComboBox({
  label,
  value,
  onChange,
  isRequired,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  isRequired?: boolean;
}) {
  const { t } = useTranslation();
  const [inputValue, setInputValue] = useState('');
  const [term, setTerm] = useState('');
  const chosen = useQuery(GroupComboChosenDocument, { variables: { id: value }, skip: !value });
  const chosenGroup = value && chosen.data?.group?.id === value ? chosen.data.group : null;
  // A group chosen outside (a vacancy row, a group page) shows its name once it has loaded (set while rendering, not
  // in an effect, so the field never shows the old text for a frame).
  const [labelled, setLabelled] = useState<typeof chosenGroup>(null);
  if (chosenGroup && chosenGroup !== labelled) {
    setLabelled(chosenGroup);
    setInputValue(labelOf(chosenGroup));
  }
  useEffect(() => {
    const timer = setTimeout(() => setTerm(inputValue.trim()), 200);
    return () => clearTimeout(timer);
  }, [inputValue]);
  const searching = chosenGroup && inputValue === labelOf(chosenGroup) ? '' : term;
  const { data, loading } = useQuery(GroupComboSearchDocument, { variables: { search: searching || null } });
  const fresh = !loading && data && term === inputValue.trim();
  const items = fresh ? data.groups.edges.map((e) => ({ id: e.node.id, label: labelOf(e.node) })) : [];
  if (chosenGroup && !items.some((i) => i.id === chosenGroup.id))
    items.unshift({ id: chosenGroup.id, label: labelOf(chosenGroup) });
  const more = fresh ? data.groups.totalCount - data.groups.edges.length : 0;
  return (
    <ComboBox
      className="combobox"
      items={items}
      inputValue={inputValue}
      onInputChange={setInputValue}
      selectedKey={value || null}
      onSelectionChange={(key) => {
        const id = key == null ? '' : String(key);
        onChange(id);
        const item = items.find((i) => i.id === id);
        if (item) setInputValue(item.label);
      }}
      menuTrigger="focus"
      allowsEmptyCollection
      isRequired={isRequired}
    >
      <Label>{label}</Label>
      <div className="combobox-field">
        <Input />
        <Button aria-label={t('groupPicker.showAll')}>▾</Button>
      </div>
      <Text slot="description" className="muted small">
        {more > 0 ? t('groupPicker.more', { count: more }) : t('groupPicker.hint')}
      </Text>
      <Popover className="combobox-popover">
        <ListBox
          renderEmptyState={() => <p className="muted">{fresh ? t('groupPicker.none') : t('common.loading')}</p>}
        >
          {(item: { id: string; label: string }) => <ListBoxItem id={item.id}>{item.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
