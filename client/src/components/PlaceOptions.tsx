/**
 * The options of a select of regions or healthcare regions, after one for "none" (or "choose") with an empty value
 * where `empty` names it.
 */
export function PlaceOptions({ places, empty }: { places: readonly { id: string; name: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {places.map((place) => (
        <option key={place.id} value={place.id}>
          {place.name}
        </option>
      ))}
    </>
  );
}
