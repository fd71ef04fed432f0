import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import { QueryProvider } from '../../../app/QueryProvider';
import { PhotoManager } from './PhotoManager';

const BASE = '/api/stock/listings/l1/photos';

function photo(id: string, position: number, alt = '') {
  return {
    id,
    listingId: 'l1',
    position,
    alt,
    contentType: 'image/jpeg',
    width: 1600,
    height: 1200,
    byteSize: 12345,
    thumbUrl: `/api/photos/${id}/thumb`,
    largeUrl: `/api/photos/${id}/large`,
    originalUrl: `/api/photos/${id}/original`,
  };
}

/** A stand-in for XMLHttpRequest: reports upload progress, then answers what `answer` says. */
class FakeXhr {
  static sent: { url: string; headers: Record<string, string>; body: FormData }[] = [];
  static answer: (file: File) => { status: number; body: unknown } = () => ({ status: 201, body: {} });
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  private url = '';
  private headers: Record<string, string> = {};

  open(_method: string, url: string) {
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: FormData) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, body });
    const file = body.get('file') as File;
    const { status, body: answer } = FakeXhr.answer(file);
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      setTimeout(() => {
        this.status = status;
        this.responseText = JSON.stringify(answer);
        this.onload?.();
      }, 0);
    }, 0);
  }
}

describe('PhotoManager', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.sent = [];
    document.cookie = 'BOUCLE_CSRF=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('lists thumbnails, uploads several files with progress and shows each refusal clearly', async () => {
    document.cookie = 'BOUCLE_CSRF=csrf-123';
    stubFetch({ [`GET ${BASE}`]: () => jsonResponse(200, [photo('a', 0, 'Chaise de face')]) });
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = (file) =>
      file.name === 'texte.jpg'
        ? {
            status: 400,
            body: {
              title: 'Bad Request',
              status: 400,
              detail: 'One field is invalid.',
              errors: [{ field: 'file', message: 'The file is not a JPEG, PNG or WebP image.' }],
            },
          }
        : { status: 201, body: photo('b', 1) };
    render(<PhotoManager listingId="l1" />, { wrapper: QueryProvider });

    expect(await screen.findByRole('img', { name: 'Chaise de face' })).toHaveAttribute('src', '/api/photos/a/thumb');

    const good = new File(['jpeg'], 'table.jpg', { type: 'image/jpeg' });
    const fake = new File(['pas une image'], 'texte.jpg', { type: 'image/jpeg' });
    const pdf = new File(['%PDF'], 'devis.pdf', { type: 'application/pdf' });
    const huge = new File(['x'], 'enorme.png', { type: 'image/png' });
    Object.defineProperty(huge, 'size', { value: 11 * 1024 * 1024 });
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText(/Ajouter des photos/), [good, fake, pdf, huge]);

    // Each file waits for its description (RGAA 1.3); without one nothing is sent.
    const pending = await screen.findByTestId('pending-photos');
    await user.click(within(pending).getByRole('button', { name: 'Envoyer les photos' }));
    expect(FakeXhr.sent).toEqual([]);
    const tableAlt = within(pending).getByLabelText(/Description de « table\.jpg »/);
    expect(tableAlt).toHaveFocus();
    expect(tableAlt).toHaveAttribute('aria-invalid', 'true');
    expect(tableAlt).toHaveAccessibleDescription(/Décrivez ce que montre la photo/);
    await user.type(tableAlt, 'table');
    await user.type(within(pending).getByLabelText(/Description de « texte\.jpg »/), 'IMG_2231.JPG');
    await user.click(within(pending).getByRole('button', { name: 'Envoyer les photos' }));
    expect(FakeXhr.sent).toEqual([]);
    expect(within(pending).getByLabelText(/Description de « table\.jpg »/)).toHaveFocus();
    expect(within(pending).getByLabelText(/Description de « texte\.jpg »/)).toHaveAccessibleDescription(/pas un nom de fichier/);
    await user.clear(within(pending).getByLabelText(/Description de « table\.jpg »/));
    await user.type(within(pending).getByLabelText(/Description de « table\.jpg »/), 'Table pliante en chêne');
    await user.clear(within(pending).getByLabelText(/Description de « texte\.jpg »/));
    await user.type(within(pending).getByLabelText(/Description de « texte\.jpg »/), 'Lampe de bureau verte');
    await user.click(within(pending).getByRole('button', { name: 'Envoyer les photos' }));

    await waitFor(() => {
      expect(screen.getAllByTestId('photo-item')).toHaveLength(2);
    });
    // Checked in the browser: never sent.
    expect(FakeXhr.sent.map((s) => (s.body.get('file') as File).name)).toEqual(['table.jpg', 'texte.jpg']);
    expect(FakeXhr.sent[0]?.url).toBe(`${BASE}?alt=Table%20pliante%20en%20ch%C3%AAne`);
    expect(FakeXhr.sent[0]?.headers['X-CSRF-Token']).toBe('csrf-123');
    expect(screen.getByText('devis.pdf : Ce fichier n’est pas une image JPEG, PNG ou WebP.')).toBeInTheDocument();
    expect(screen.getByText('enorme.png : Ce fichier dépasse 10 Mo.')).toBeInTheDocument();
    // Refused by the server: its message about the file is shown.
    expect(await screen.findByText('texte.jpg : The file is not a JPEG, PNG or WebP image.')).toBeInTheDocument();
    const sent = screen.getAllByTestId('photo-upload').find((li) => li.textContent.includes('table.jpg'));
    expect(sent).toBeDefined();
    expect(within(sent as HTMLElement).getByRole('progressbar', { name: 'Envoi de table.jpg' })).toHaveAttribute(
      'value',
      '100',
    );
  });

  it('reorders with accessible buttons, edits alt text and deletes after confirmation', async () => {
    let listed = [photo('a', 0), photo('b', 1)];
    let reordered: string[] = [];
    const fetchMock = stubFetch({
      [`GET ${BASE}`]: () => jsonResponse(200, listed),
      [`PUT ${BASE}/positions`]: (init) => {
        const { photoIds } = JSON.parse(init?.body as string) as { photoIds: string[] };
        reordered = photoIds;
        listed = photoIds.map((id, i) => photo(id, i));
        return jsonResponse(200, listed);
      },
      [`PUT ${BASE}/b`]: (init) => {
        const { alt } = JSON.parse(init?.body as string) as { alt: string };
        return alt.length > 300
          ? jsonResponse(400, { title: 'Bad Request', status: 400, errors: [{ field: 'alt', message: 'At most 300 characters.' }] })
          : jsonResponse(200, photo('b', 0, alt));
      },
      [`DELETE ${BASE}/a`]: () => {
        listed = listed.filter((p) => p.id !== 'a').map((p, i) => ({ ...p, position: i }));
        return new Response(null, { status: 204 });
      },
    });
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    const user = userEvent.setup();
    render(<PhotoManager listingId="l1" />, { wrapper: QueryProvider });

    expect(await screen.findByRole('button', { name: 'Déplacer la photo 1 vers la gauche' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Déplacer la photo 1 vers la droite' }));
    await waitFor(() => {
      expect(screen.getAllByRole('img')[0]).toHaveAttribute('src', '/api/photos/b/thumb');
    });
    expect(reordered).toEqual(['b', 'a']);

    const alt = screen.getByLabelText(/Description de la photo 1/);
    // A photo without a description says so, and "photo" is no description.
    expect(alt).toHaveAccessibleDescription(/n’a pas encore de description/);
    await user.type(alt, 'photo');
    await user.click(screen.getAllByRole('button', { name: /Enregistrer la description/ })[0] as HTMLElement);
    expect(alt).toHaveFocus();
    expect(alt).toHaveAccessibleDescription(/Dites ce que montre la photo/);
    expect(calls(fetchMock)).not.toContain(`PUT ${BASE}/b`);
    await user.clear(alt);
    await user.type(alt, 'Table pliante');
    await user.click(screen.getAllByRole('button', { name: /Enregistrer la description/ })[0] as HTMLElement);
    expect(await screen.findByText('Description de la photo 1 enregistrée.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Table pliante' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Supprimer la photo 2' }));
    expect(confirm).toHaveBeenCalledWith('Supprimer la photo 2 ? Cette action est définitive.');
    await waitFor(() => {
      expect(screen.getAllByTestId('photo-item')).toHaveLength(1);
    });
    expect(calls(fetchMock)).toContain(`DELETE ${BASE}/a`);
  });

  it('keeps a file and its description when the server refuses the description', async () => {
    stubFetch({ [`GET ${BASE}`]: () => jsonResponse(200, []) });
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = () => ({
      status: 400,
      body: { title: 'Bad Request', status: 400, errors: [{ field: 'alt', code: 'photo-alt-not-relevant', message: 'x' }] },
    });
    const user = userEvent.setup();
    render(<PhotoManager listingId="l1" />, { wrapper: QueryProvider });
    await user.upload(await screen.findByLabelText(/Ajouter des photos/), new File(['jpeg'], 'chaise.jpg', { type: 'image/jpeg' }));
    const field = await screen.findByLabelText(/Description de « chaise\.jpg »/);
    await user.type(field, 'Chaise rouge vue de dos');
    await user.click(screen.getByRole('button', { name: 'Envoyer les photos' }));
    await waitFor(() => {
      expect(screen.getByLabelText(/Description de « chaise\.jpg »/)).toHaveAccessibleDescription(/Dites ce que montre la photo/);
    });
    expect(screen.getByLabelText(/Description de « chaise\.jpg »/)).toHaveValue('Chaise rouge vue de dos');
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('deletes nothing when the confirmation is refused', async () => {
    const fetchMock = stubFetch({ [`GET ${BASE}`]: () => jsonResponse(200, [photo('a', 0)]) });
    vi.stubGlobal('confirm', vi.fn(() => false));
    render(<PhotoManager listingId="l1" />, { wrapper: QueryProvider });
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer la photo 1' }));
    expect(calls(fetchMock).filter((c) => c.startsWith('DELETE'))).toEqual([]);
  });
});
