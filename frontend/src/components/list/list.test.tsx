import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column, type TableSort } from './DataTable';
import { FilterBar, FilterSearch, FilterSelect } from './FilterBar';
import { Pager } from './Pager';

interface Row {
  id: string;
  name: string;
  price: number;
}

const ROWS: Row[] = [
  { id: 'a', name: 'Chaise', price: 12 },
  { id: 'b', name: 'Table', price: 40 },
];

const COLUMNS: Column<Row>[] = [
  { id: 'name', header: 'Nom', rowHeader: true, sortKey: 'name', cell: (row) => row.name },
  { id: 'price', header: 'Prix', sortKey: 'price', firstDirection: 'descending', className: 'boucle-amount', cell: (row) => `${String(row.price)} €` },
  { id: 'note', header: 'Note', cell: () => '—' },
];

describe('DataTable', () => {
  it('renders the caption, one row per item from the column configuration, and its test ids', () => {
    render(
      <DataTable caption="Deux objets" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} tableTestId="t" rowTestId={(r) => `row-${r.id}`} />,
    );
    const table = screen.getByTestId('t');
    expect(within(table).getByText('Deux objets').tagName).toBe('CAPTION');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Nom', 'Prix', 'Note']);
    const row = screen.getByTestId('row-b');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Table');
    expect(within(row).getByText('40 €')).toHaveClass('boucle-amount');
  });

  it('leaves out hidden columns', () => {
    render(<DataTable caption="c" columns={[COLUMNS[0], false]} rows={ROWS} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(1);
  });

  it('says how it is sorted with aria-sort and asks for the next order on click', async () => {
    const onSort = vi.fn<(sort: TableSort) => void>();
    render(<DataTable caption="c" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} sort={{ key: 'name', direction: 'ascending' }} onSort={onSort} />);
    const [name, price, note] = screen.getAllByRole('columnheader');
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(price).not.toHaveAttribute('aria-sort');
    expect(within(note as HTMLElement).queryByRole('button')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Nom/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', direction: 'descending' });
    await userEvent.click(screen.getByTitle('Trier par Prix'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'price', direction: 'descending' });
  });

  it('has no sort buttons without onSort', () => {
    render(<DataTable caption="c" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('Pager', () => {
  it('pages with buttons, disabled at the ends', async () => {
    const onPage = vi.fn<(page: number) => void>();
    const { rerender } = render(<Pager page={1} pages={3} label="Pages des commandes" onPage={onPage} currentTestId="current" />);
    expect(screen.getByRole('navigation', { name: 'Pages des commandes' })).toHaveClass('fr-pagination');
    expect(screen.getByTestId('current')).toHaveTextContent('Page 1 sur 3');
    expect(screen.getByRole('button', { name: 'Page précédente' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(onPage).toHaveBeenCalledWith(2);
    rerender(<Pager page={3} pages={3} label="Pages des commandes" onPage={onPage} />);
    expect(screen.getByRole('button', { name: 'Page suivante' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(onPage).toHaveBeenLastCalledWith(2);
  });

  it('links every page around the current one, first and last', () => {
    render(
      <MemoryRouter>
        <Pager page={6} pages={10} label="Pages du stock" href={(p) => `/stock?page=${String(p)}`} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Pages du stock' });
    expect(within(nav).getAllByTitle(/^Page \d+$/).map((a) => a.textContent)).toEqual(['4', '5', '6', '7', '8']);
    expect(within(nav).getByTitle('Page 6')).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Première page' })).toHaveAttribute('href', '/stock?page=1');
    expect(within(nav).getByRole('link', { name: 'Page suivante' })).toHaveAttribute('href', '/stock?page=7');
    expect(within(nav).getByRole('link', { name: 'Dernière page' })).toHaveAttribute('href', '/stock?page=10');
  });

  it('disables the links that lead nowhere on the first page', () => {
    render(
      <MemoryRouter>
        <Pager page={1} pages={2} label="p" href={(p) => `/x?page=${String(p)}`} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Page précédente' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('link', { name: 'Page précédente' })).not.toHaveAttribute('href');
  });
});

describe('FilterBar', () => {
  it('applies a select at once and the typed text on submit', async () => {
    const onSubmit = vi.fn();
    const onStatus = vi.fn<(value: string) => void>();
    const onText = vi.fn<(value: string) => void>();
    render(
      <FilterBar submitLabel="Appliquer" onSubmit={onSubmit}>
        <FilterSearch id="f-q" label="Rechercher" value="" onChange={onText} />
        <FilterSelect
          id="f-status"
          label="Statut"
          value=""
          onChange={onStatus}
          allLabel="Tous les statuts"
          options={[
            { value: 'OPEN', label: 'Ouvert' },
            { value: 'DONE', label: 'Terminé' },
          ]}
        />
      </FilterBar>,
    );
    expect(screen.getByRole('search')).toBeInTheDocument();
    const select = screen.getByLabelText('Statut');
    expect(select).toHaveAttribute('id', 'f-status');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Tous les statuts', 'Ouvert', 'Terminé']);
    await userEvent.selectOptions(select, 'DONE');
    expect(onStatus).toHaveBeenCalledWith('DONE');
    await userEvent.type(screen.getByLabelText('Rechercher'), 'x');
    expect(onText).toHaveBeenCalledWith('x');
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
