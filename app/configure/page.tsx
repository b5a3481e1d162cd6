import { redirect } from 'next/navigation';

/** /configure alone: the lineup on the home page is where a model is chosen. */
export default function ConfigureIndex() {
  redirect('/#lineup');
}
