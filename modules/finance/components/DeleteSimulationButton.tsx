import { deleteSimulationAction } from '../server/actions';

/** Forgets one saved simulation (the buyer's own, checked on the server). */
export function DeleteSimulationButton({ id, label }: { id: string; label: string }) {
  return (
    <form action={deleteSimulationAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="underline">{label}</button>
    </form>
  );
}
