import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { readVersion } from '../read-version.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright export <project> [version] [--out app.zip | --dir path]`: a version's files as a
 * ZIP (default `<project name>-v<n>.zip` in the current directory) or into a new or empty
 * directory. Reads storage only, so it works after the sandbox is gone.
 *
 * @example
 * buildwright export 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 --dir ./habit-tracker
 */
export const exportCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const projectId = positionals[0]!;
  const number = positionals[1] === undefined ? undefined : Number(positionals[1]);
  if (flags.dir !== undefined) {
    const directory = resolve(flags.dir);
    if (existsSync(directory) && readdirSync(directory).length > 0) throw new UsageError(`--dir ${flags.dir} is not empty: give a new or empty directory.`);
    const { version, files } = await withStorage(flags, (storage, ownerId) => readVersion(storage, { ownerId, projectId, ...(number === undefined ? {} : { number }) }));
    for (const [path, content] of Object.entries(files)) {
      const target = resolve(directory, path);
      // Stored paths were checked when written; this keeps a damaged record from writing outside --dir.
      if (!target.startsWith(directory + sep)) throw new UsageError(`Refusing to write ${path}: it leaves ${flags.dir}.`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    const fileCount = Object.keys(files).length;
    print(context, { directory, version: version.number, fileCount }, `Wrote version ${version.number} (${fileCount} files) to ${flags.dir}`);
    return 0;
  }
  const { exportZip } = await import('@buildwright/core');
  const exported = await withStorage(flags, async (storage, ownerId) => {
    await readVersion(storage, { ownerId, projectId, ...(number === undefined ? {} : { number }) });
    return exportZip({ storage }, { ownerId, projectId, ...(number === undefined ? {} : { number }) });
  });
  const path = resolve(flags.out ?? exported.fileName);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, exported.bytes);
  print(
    context,
    { path, version: exported.version.number, bytes: exported.bytes.byteLength },
    `Wrote version ${exported.version.number} to ${flags.out ?? exported.fileName} (${exported.bytes.byteLength.toLocaleString('en')} bytes)`,
  );
  return 0;
};
