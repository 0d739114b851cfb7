// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MAX_MS, dragEnded, dragStarted, isDragging, onDragChange, whenNotDragging } from '../../../src/store/heldWhileDragging';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  dragEnded();
  vi.useRealTimers();
});

describe('changes from elsewhere while this device drags', () => {
  it('runs an update at once when nothing is dragged', () => {
    const run = vi.fn();
    whenNotDragging(run, 'document');
    whenNotDragging(run);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('holds updates during a drag and runs them at the drop: the latest of a key, and every unkeyed one in order', () => {
    const order: string[] = [];
    dragStarted();
    expect(isDragging()).toBe(true);
    whenNotDragging(() => order.push('read 1'), 'document');
    whenNotDragging(() => order.push('lit A'));
    whenNotDragging(() => order.push('read 2'), 'document');
    whenNotDragging(() => order.push('unlit A'));
    expect(order).toEqual([]);
    dragEnded();
    expect(isDragging()).toBe(false);
    expect(order).toEqual(['read 2', 'lit A', 'unlit A']);
  });

  it('draws what waits at most HOLD_MAX_MS after the first held update, while a long drag goes on', () => {
    const run = vi.fn();
    dragStarted();
    whenNotDragging(run, 'document');
    vi.advanceTimersByTime(HOLD_MAX_MS - 1);
    whenNotDragging(run, 'document');
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    // The next change waits again, from its own arrival.
    whenNotDragging(run, 'document');
    vi.advanceTimersByTime(HOLD_MAX_MS - 1);
    expect(run).toHaveBeenCalledTimes(1);
    dragEnded();
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(HOLD_MAX_MS);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs every held update when one of them throws, and still tells listeners the drag ended', async () => {
    const heard = vi.fn();
    const stop = onDragChange(heard);
    const run = vi.fn();
    const reported: unknown[] = [];
    const queue = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        reported.push(error);
      }
    });
    try {
      dragStarted();
      whenNotDragging(() => {
        throw new Error('a broken update');
      }, 'document:a');
      whenNotDragging(run, 'document:b');
      dragEnded();
    } finally {
      queue.mockRestore();
      stop();
    }
    expect(run).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(reported).toEqual([new Error('a broken update')]);
  });

  it('ends the drag at the pointer’s release should the map never say so, and tells listeners of start and end', () => {
    const heard = vi.fn();
    const stop = onDragChange(heard);
    const run = vi.fn();
    dragStarted();
    dragStarted();
    expect(heard).toHaveBeenCalledTimes(1);
    whenNotDragging(run, 'presence');
    window.dispatchEvent(new Event('pointerup'));
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(isDragging()).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    dragStarted();
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('tells the drag’s owner when the drag ended at the release without it (an aborted drag), and not after a normal end', () => {
    const abandoned = vi.fn();
    dragStarted(abandoned);
    dragEnded();
    window.dispatchEvent(new Event('pointerup'));
    vi.advanceTimersByTime(0);
    expect(abandoned).not.toHaveBeenCalled();
    dragStarted(abandoned);
    window.dispatchEvent(new Event('pointercancel'));
    vi.advanceTimersByTime(0);
    expect(abandoned).toHaveBeenCalledTimes(1);
    expect(isDragging()).toBe(false);
  });
});
