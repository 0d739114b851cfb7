// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SyncNotices } from '../../src/editor/SyncNotices';
import { useSyncStore, EMPTY_REPORT } from '../../src/store/syncStore';
import { useDocumentStore } from '../../src/store/documentStore';

const share = { id: 'a', room: 'r', role: 'edit' as const, edit: 'e', view: 'v' };

afterEach(() => {
  cleanup();
  act(() => {
    useSyncStore.getState().reset();
    useDocumentStore.setState({ lastLinkedUndo: null });
  });
});

describe('what a merge or a personal undo has to tell', () => {
  it('says nothing for an arena that is not shared', () => {
    useSyncStore.setState({ share: null, report: { ...EMPTY_REPORT, unreadable: { partners: 2 } } });
    const { container } = render(<SyncNotices />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names unreadable records, partners kept against a delete, colliding names and an undo changed elsewhere', () => {
    useSyncStore.setState({ share, report: { unreadable: { partners: 1, actions: 2 }, revived: ['Delta'], collisions: ['CAW'], tooNew: false } });
    useDocumentStore.setState({ lastLinkedUndo: 'changedElsewhere' });
    render(<SyncNotices />);
    expect(screen.getByText('1 partner from another device could not be read and is left out.')).toBeInTheDocument();
    expect(screen.getByText('2 actions from another device could not be read and are left out.')).toBeInTheDocument();
    expect(screen.getByText(/“Delta” was deleted on another device while it was changed here: it is kept/)).toBeInTheDocument();
    expect(screen.getByText(/Two partners are now called “CAW”/)).toBeInTheDocument();
    expect(screen.getByText(/Your last change was changed by someone else since/)).toBeInTheDocument();
  });

  it('says why a shared arena of a newer format is read-only, and what a view link allows', () => {
    useSyncStore.setState({ share, report: { ...EMPTY_REPORT, tooNew: true } });
    const { unmount } = render(<SyncNotices />);
    expect(screen.getByRole('alert')).toHaveTextContent('This arena was changed by a newer version of Arena. It is shown read-only here');
    unmount();
    useSyncStore.setState({ share: { ...share, role: 'view', edit: undefined }, report: EMPTY_REPORT });
    render(<SyncNotices />);
    expect(screen.getByText('You joined with a view link: you can look and export, not change the arena.')).toBeInTheDocument();
  });
});
