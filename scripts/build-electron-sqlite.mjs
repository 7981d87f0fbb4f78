#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/, leaving node_modules alone.
//
// node_modules/better-sqlite3 stays the Node build (unit tests, the CLI); Electron main loads this
// copy through better-sqlite3's `nativeBinding` option. Run by `npm run prestart`; does nothing when
// native/electron/stamp.json matches the installed versions. Pass --force to rebuild anyway.
//
// Order: a prebuilt binary (prebuild-install, downloads from GitHub), else a compile with node-gyp
// against Electron's headers (downloads them once; needs python3, make and a C++ compiler).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'native', 'electron');
const OUT_FILE = join(OUT_DIR, 'better_sqlite3.node');
const STAMP_FILE = join(OUT_DIR, 'stamp.json');
const SQLITE_DIR = join(ROOT, 'node_modules', 'better-sqlite3');
const ADDON_IN_BUILD = join('build', 'Release', 'better_sqlite3.node');
const PREBUILD_TIMEOUT_MS = 5 * 60_000;
const GYP_TIMEOUT_MS = 20 * 60_000;

const log = (message) => console.log(`[electron-sqlite] ${message}`);
const warn = (message) => console.warn(`[electron-sqlite] ${message}`);

class BuildError extends Error {}

function readJson(path, what) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BuildError(`cannot read ${what} (${path}): ${error.message}. Run "npm install" first.`);
  }
}

function targetOf() {
  const electron = readJson(join(ROOT, 'node_modules', 'electron', 'package.json'), 'the installed electron package').version;
  const betterSqlite3 = readJson(join(SQLITE_DIR, 'package.json'), 'the installed better-sqlite3 package').version;
  let abi = null;
  try {
    abi = readFileSync(join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim() || null;
  } catch {
    // Older electron packages do not ship abi_version; the ABI check below is then skipped.
  }
  const arch = process.env.npm_config_arch || process.arch;
  return { electron, betterSqlite3, platform: process.platform, arch, abi };
}

function isUpToDate(target) {
  if (!existsSync(OUT_FILE) || !existsSync(STAMP_FILE)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
    return ['electron', 'betterSqlite3', 'platform', 'arch'].every((key) => stamp[key] === target[key]);
  } catch {
    return false;
  }
}

/** The environment for the build tools, without what would turn the build into a Node build. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    // npm exports its config as npm_config_*; this machine's `nodedir=/usr` makes node-gyp compile
    // against Node's headers while still reporting success. Runtime/target/dist-url are passed
    // explicitly below, so drop any inherited values too.
    if (/^npm_config_(nodedir|runtime|target|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(label, command, args, cwd, timeout) {
  log(`${label}: ${[command, ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const result = spawnSync(command, args, { cwd, env: buildEnv(), stdio: 'inherit', timeout });
  if (result.error) return `${label} could not run: ${result.error.message}`;
  if (result.signal) return `${label} was stopped (${result.signal}${result.signal === 'SIGTERM' ? ', timed out' : ''})`;
  if (result.status !== 0) return `${label} exited with status ${result.status}`;
  return null;
}

function findScript(candidates) {
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function prebuildInstall(workDir, target) {
  const require = createRequire(join(SQLITE_DIR, 'package.json'));
  let resolved = null;
  try {
    resolved = require.resolve('prebuild-install/bin.js');
  } catch {
    // Fall through to the explicit paths.
  }
  const bin = findScript([
    resolved,
    join(SQLITE_DIR, 'node_modules', 'prebuild-install', 'bin.js'),
    join(ROOT, 'node_modules', 'prebuild-install', 'bin.js'),
  ]);
  if (!bin) return 'prebuild-install is not installed (it comes with better-sqlite3)';
  return run(
    'prebuild-install',
    process.execPath,
    [bin, '--runtime', 'electron', '--target', target.electron, '--arch', target.arch, '--platform', target.platform, '--verbose'],
    workDir,
    PREBUILD_TIMEOUT_MS,
  );
}

function nodeGyp(workDir, target) {
  const npmGyp = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const bin = findScript([
    process.env.npm_config_node_gyp,
    join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    npmGyp,
  ]);
  if (!bin) return 'node-gyp was not found (it ships with npm; set npm_config_node_gyp to its bin/node-gyp.js)';
  return run(
    'node-gyp',
    process.execPath,
    [
      bin,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${target.electron}`,
      `--arch=${target.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    workDir,
    GYP_TIMEOUT_MS,
  );
}

/**
 * Loads the addon in this (plain Node) process's child: an Electron build must be refused with
 * Electron's NODE_MODULE_VERSION. If Node loads it, it is a Node build and useless to Electron.
 */
function checkAbi(file, target) {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  if (probe.status === 0) {
    return `the result is a Node build (NODE_MODULE_VERSION ${process.versions.modules}), not an Electron build; check that npm_config_nodedir is not set`;
  }
  if (target.abi && output.includes(`NODE_MODULE_VERSION ${target.abi}`)) {
    log(`checked: built for Electron's NODE_MODULE_VERSION ${target.abi}`);
    return null;
  }
  const said = output.split('\n').find((line) => /error/i.test(line))?.trim() ?? output.trim().split('\n')[0] ?? 'nothing';
  if (/invalid ELF header|file too short|not a valid Win32 application|not a mach-o file/i.test(output)) {
    return `the result is not a loadable library (${said})`;
  }
  // E.g. another architecture (npm_config_arch) cannot be loaded here at all.
  warn(`could not confirm the addon's ABI (Node said: ${said}); using it anyway`);
  return null;
}

function attempt(name, build, target) {
  const workDir = mkdtempSync(join(tmpdir(), 'mizan-electron-sqlite-'));
  try {
    // A private copy: building in node_modules would replace the Node build tests and the CLI use.
    // Its build/ folder (the Node build) is left out so only a fresh result can be picked up.
    const nodeBuild = join(SQLITE_DIR, 'build');
    cpSync(SQLITE_DIR, workDir, { recursive: true, filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep) });
    const failure = build(workDir, target);
    if (failure) return failure;
    const built = join(workDir, ADDON_IN_BUILD);
    if (!existsSync(built)) return `${name} finished but ${ADDON_IN_BUILD} is missing`;
    const wrongAbi = checkAbi(built, target);
    if (wrongAbi) return `${name}: ${wrongAbi}`;
    mkdirSync(OUT_DIR, { recursive: true });
    copyFileSync(built, `${OUT_FILE}.tmp`);
    renameSync(`${OUT_FILE}.tmp`, OUT_FILE);
    const { abi, ...stamp } = target;
    writeFileSync(STAMP_FILE, `${JSON.stringify({ ...stamp, abi, builtWith: name, builtAt: new Date().toISOString() }, null, 2)}\n`);
    return null;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function main() {
  const force = process.argv.includes('--force');
  const target = targetOf();
  const what = `better-sqlite3 ${target.betterSqlite3} for Electron ${target.electron} (${target.platform}-${target.arch})`;
  if (!force && isUpToDate(target)) {
    log(`up to date: ${what} in ${OUT_FILE}`);
    return 0;
  }
  log(`building ${what} into ${OUT_DIR}`);

  const failures = [];
  log('step 1/2: download a prebuilt binary');
  let failure = attempt('prebuild-install', prebuildInstall, target);
  if (failure) {
    failures.push(failure);
    warn(`${failure}; compiling instead`);
    log('step 2/2: compile against Electron headers (takes about a minute)');
    failure = attempt('node-gyp', nodeGyp, target);
    if (failure) failures.push(failure);
  }
  if (!failure) {
    log(`done: ${OUT_FILE}`);
    return 0;
  }

  console.error(
    [
      '',
      `[electron-sqlite] FAILED to build ${what}.`,
      ...failures.map((f) => `  - ${f}`),
      '',
      'Mizan cannot open projects in Electron without it. Check:',
      '  - internet access, needed once: prebuilt binaries come from github.com (WiseLibs/better-sqlite3 releases),',
      '    Electron headers from https://electronjs.org/headers (a proxy needs HTTPS_PROXY set);',
      '  - for the compile fallback: python3, make and a C++ compiler (build-essential / Xcode CLT / VS Build Tools);',
      '  - npm_config_nodedir must not point at Node headers (this script already removes it for its own run).',
      `Then run "node scripts/build-electron-sqlite.mjs" again. node_modules/better-sqlite3 was not changed.`,
      '',
    ].join('\n'),
  );
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`[electron-sqlite] ${error instanceof BuildError ? error.message : error.stack}`);
  process.exitCode = 1;
}
