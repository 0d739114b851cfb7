// How busy the machine was with other work while the bench measured (Linux /proc): CPU time of every
// process that is not the bench or one of its descendants (Chromium, its renderers, the servers).
import { readFileSync, readdirSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

function busyTicks() {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = cpu;
  return user + nice + system + irq + softirq + steal;
}

/** CPU ticks of this process and its descendants, including reaped children (cutime, cstime). */
function ownTicks() {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks;
}

/** Measures other processes' CPU use between marks: `section(name)` starts one, `report()` lists them. */
export function foreignCpu() {
  let supported = true;
  const sample = () => {
    try {
      return { at: performance.now(), busy: busyTicks(), own: ownTicks() };
    } catch {
      supported = false;
      return null;
    }
  };
  const sections = [];
  let current = null;
  const close = () => {
    if (!current) return;
    const end = sample();
    if (end && current.start) {
      const seconds = (end.at - current.start.at) / 1000;
      const foreign = Math.max(0, end.busy - current.start.busy - (end.own - current.start.own)) / TICKS;
      sections.push({ name: current.name, cores: seconds > 0 ? foreign / seconds : 0 });
    }
    current = null;
  };
  return {
    section(name) {
      close();
      if (supported) current = { name, start: sample() };
    },
    pause() {
      close();
    },
    done() {
      close();
      return supported ? sections : null;
    },
  };
}
