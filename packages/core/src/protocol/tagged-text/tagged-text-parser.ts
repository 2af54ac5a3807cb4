import { BuildwrightError } from '@buildwright/client';
import type { LlmStreamPart, LlmToolDefinition } from '../../spec/llm.js';
import { createStreamedTextCleaner, type StreamedTextCleaner } from './streamed-clean-text.js';
import { buildToolCall, type RawToolCall } from './tagged-tool-call.js';
import { argCloseTag, argOpenTag, argOpenWithName, isSelfClosing, mayBecomeTag, readNameAttribute, toolCloseTag, toolOpenStart, toolOpenTag } from './tagged-text-syntax.js';
import { readValue, schemaProperties, valueKind, type ValueKind } from './tagged-text-values.js';

/**
 * What the parser yields: prose outside tool tags, a `tool-call-delta` preview of a call's
 * `<arg>` values as they arrive (a JSON rendering of them), and each tool call once it closes.
 */
export type TaggedTextPart = Extract<LlmStreamPart, { type: 'text-delta' | 'tool-call-delta' | 'tool-call' }>;

export interface TaggedTextParserOptions {
  /**
   * The tools offered to the model. Their JSON Schemas say which arguments are text and which
   * are JSON, and tool names are matched to them case-insensitively. Without them, an argument
   * is read as JSON only when it starts with `{` or `[`.
   */
  tools?: LlmToolDefinition[];
  /** Prefix of the generated tool-call ids (default: `tagged_` plus a random part). */
  idPrefix?: string;
}

/** A streaming parser of the tagged-text tool protocol. */
export interface TaggedTextParser {
  /** Feeds the next piece of model output; returns the parts it completed. Throws LLM_BAD_OUTPUT. */
  push(chunk: string): TaggedTextPart[];
  /** Ends the stream; returns the remaining parts. Throws LLM_BAD_OUTPUT for what it cannot parse. */
  end(): TaggedTextPart[];
}

interface OpenArgument {
  name: string;
  /** Tag names that close it (`arg`... or a parameter's own name for `<path>...</path>`). */
  closer: RegExp;
  value: string;
  cdata: 'none' | 'open' | 'closed';
  /** False once the value holds non-blank text (a CDATA section can only come first). */
  blank: boolean;
  /** How the value is read (from the tool's schema). */
  kind: ValueKind;
  /** Streams a text value cleaned as it grows (absent for JSON values, read when complete). */
  cleaner?: StreamedTextCleaner;
  /** True once the preview holds this argument's key. */
  previewed: boolean;
}

/** The `tool-call-delta` preview of a call with a tool name: its id, and whether it started or stopped. */
interface CallPreview {
  id: string;
  name: string;
  opened: boolean;
  stopped: boolean;
}

interface OpenTool extends RawToolCall {
  state: 'between' | 'argument' | 'json';
  argument: OpenArgument | undefined;
  fenced: boolean;
  preview: CallPreview | undefined;
}

const proseTag = new RegExp(`${toolOpenStart.source}|${toolCloseTag.source}|${argOpenWithName.source}|${argCloseTag.source}`, 'i');
const argCloser = new RegExp(argCloseTag.source, 'i');

/**
 * Creates a streaming parser for models without native tool calling (see docs/tagged-text.md).
 * A call looks like `<tool_call name="write_file"><arg name="path">src/App.tsx</arg>
 * <arg name="content">...</arg></tool_call>`; the body may instead be one JSON object of the
 * arguments. Tags may be split across chunks anywhere. Tolerated: stray spaces and any case in
 * tags, unquoted or single-quoted names, a missing `</tool_call>` or `</arg>` where the next tag
 * makes the end clear, code fences around a call or a value, CRLF, CDATA, Hermes-style
 * `<tool_call>{"name": ..., "arguments": ...}</tool_call>`. Refused with LLM_BAD_OUTPUT: output
 * cut off inside a value or a tag, a call without a tool name, an `<arg>` outside a call, an
 * argument given twice, a body that is neither arguments nor JSON.
 *
 * @example
 * const parser = createTaggedTextParser({ tools });
 * for await (const chunk of modelText) for (const part of parser.push(chunk)) handle(part);
 * for (const part of parser.end()) handle(part);
 */
export function createTaggedTextParser(options: TaggedTextParserOptions = {}): TaggedTextParser {
  const tools = options.tools ?? [];
  const idPrefix = options.idPrefix ?? `tagged_${Math.random().toString(36).slice(2, 8)}_`;
  let buffer = '';
  let ended = false;
  let failure: BuildwrightError | undefined;
  let tool: OpenTool | undefined;
  let callCount = 0;
  let atLineStart = true;
  let closingFencePending = false;
  let parts: TaggedTextPart[] = [];

  let lineHead = '';
  let insideProseFence = false;

  const emitText = (text: string) => {
    if (text === '') return;
    atLineStart = text.endsWith('\n');
    // Track code blocks in prose, so a closing fence before a call is not taken for an opening one.
    let rest = text;
    for (let newline = rest.indexOf('\n'); newline !== -1; newline = rest.indexOf('\n')) {
      if (/^[ \t]*(?:```|~~~)/.test(lineHead + rest.slice(0, Math.min(newline, 16)))) insideProseFence = !insideProseFence;
      lineHead = '';
      rest = rest.slice(newline + 1);
    }
    if (lineHead.length < 16) lineHead += rest.slice(0, 16 - lineHead.length);
    const last = parts[parts.length - 1];
    if (last?.type === 'text-delta') last.text += text;
    else parts.push({ type: 'text-delta', text });
  };

  const fail = (what: string, hint: string, excerpt: string): never => {
    failure = new BuildwrightError({
      code: 'LLM_BAD_OUTPUT',
      docsPage: 'tagged-text.md',
      message: `The model's tagged-text output could not be parsed: ${what}. ${hint}`,
      details: { excerpt: excerpt.slice(0, 200) },
    });
    throw failure;
  };

  /** Where a fence line that would wrap a following tool call starts, or -1. */
  const fenceLineStart = (text: string): number => {
    const contentEnd = text.search(/[ \t\r\n]*$/);
    const lineStart = text.lastIndexOf('\n', contentEnd - 1) + 1;
    if (lineStart === 0 && !atLineStart) return -1;
    const line = text.slice(lineStart, contentEnd);
    if (/^[ \t]*```[\w.+-]*[ \t]*$/.test(line)) return lineStart;
    if (contentEnd === text.length && /^[ \t]*`{1,2}$/.test(line)) return lineStart;
    return -1;
  };

  /** Emits prose up to `end`, holding back a trailing fence line until we know what follows. */
  const emitProseUpTo = (end: number) => {
    const text = buffer.slice(0, end);
    const hold = ended ? -1 : fenceLineStart(text);
    const emitEnd = hold === -1 ? end : hold;
    emitText(buffer.slice(0, emitEnd));
    buffer = buffer.slice(emitEnd);
  };

  const startTool = (name: string | undefined, fenced: boolean) => {
    const definition = name === undefined ? undefined : findDefinition(name);
    const preview = name === undefined ? undefined : { id: `${idPrefix}${callCount + 1}`, name: definition?.name ?? name, opened: false, stopped: false };
    tool = { name, arguments: [], jsonBody: undefined, stray: '', raw: '', state: 'between', argument: undefined, fenced, preview };
  };

  const findDefinition = (name: string | undefined) => tools.find((entry) => entry.name.toLowerCase() === name?.trim().toLowerCase());

  const emitPreview = (current: OpenTool, text: string) => {
    const preview = current.preview;
    if (!preview || preview.stopped || text === '') return;
    const last = parts[parts.length - 1];
    if (last?.type === 'tool-call-delta' && last.id === preview.id) last.argumentsDelta += text;
    else parts.push({ type: 'tool-call-delta', id: preview.id, name: preview.name, argumentsDelta: text });
  };

  /** Adds cleaned text of a streamed value to the preview, opening the object and the key first. */
  const previewText = (current: OpenTool, argument: OpenArgument, text: string) => {
    if (text === '' && argument.previewed) return;
    const preview = current.preview;
    if (!preview || preview.stopped) return;
    let prefix = '';
    if (!argument.previewed) {
      prefix = `${preview.opened ? ',' : '{'}${JSON.stringify(argument.name)}:"`;
      preview.opened = true;
      argument.previewed = true;
    }
    emitPreview(current, prefix + JSON.stringify(text).slice(1, -1));
  };

  /** An argument value arrived: grows it, and its preview when it is streamed text. */
  const growValue = (current: OpenTool, argument: OpenArgument, text: string) => {
    argument.value += text;
    if (argument.cdata === 'open') {
      if (argument.kind === 'string') previewText(current, argument, text);
    } else if (argument.cleaner) previewText(current, argument, argument.cleaner.push(text));
  };

  /** An argument ended: closes its preview, or renders it whole (a JSON value). */
  const endPreview = (current: OpenTool, argument: OpenArgument) => {
    const preview = current.preview;
    if (!preview || preview.stopped) return;
    if (argument.previewed || argument.cleaner || (argument.cdata !== 'none' && argument.kind === 'string')) {
      if (argument.cleaner && argument.cdata === 'none') previewText(current, argument, argument.cleaner.end());
      else previewText(current, argument, '');
      emitPreview(current, '"');
      return;
    }
    const read = argument.cdata !== 'none' && argument.kind === 'string' ? { ok: true as const, value: argument.value } : readValue(argument.value, argument.kind);
    if (!read.ok) {
      // Not valid JSON where JSON is expected: the call will say so; its preview stops here.
      preview.stopped = true;
      return;
    }
    emitPreview(current, `${preview.opened ? ',' : '{'}${JSON.stringify(argument.name)}:${JSON.stringify(read.value)}`);
    preview.opened = true;
  };

  const openArgument = (current: OpenTool, name: string, closer: RegExp): OpenArgument => {
    const kind = valueKind(schemaProperties(findDefinition(current.name))[name]);
    return { name, closer, value: '', cdata: 'none', blank: true, kind, ...(kind === 'string' ? { cleaner: createStreamedTextCleaner() } : {}), previewed: false };
  };

  const finishTool = () => {
    const current = tool!;
    tool = undefined;
    if (current.preview?.opened) emitPreview(current, '}');
    closingFencePending = current.fenced;
    callCount += 1;
    const result = buildToolCall(current, tools, `${idPrefix}${callCount}`);
    if (!result.ok) fail(result.what, result.hint, current.raw);
    else parts.push({ type: 'tool-call', toolCall: result.toolCall });
  };

  const consume = (length: number): string => {
    const taken = buffer.slice(0, length);
    buffer = buffer.slice(length);
    if (tool) tool.raw += taken;
    return taken;
  };

  /** One step in prose; returns false when it needs more input. */
  const stepProse = (): boolean => {
    if (closingFencePending) {
      const fence = /^[ \t\r\n]*```[ \t]*(?:\r?\n|$)/.exec(buffer);
      if (fence && (fence[0].endsWith('\n') || ended)) {
        buffer = buffer.slice(fence[0].length);
        closingFencePending = false;
        atLineStart = true;
        return true;
      }
      if (!ended && /^[ \t\r\n]*`{0,3}[ \t]*$/.test(buffer)) return false;
      closingFencePending = false;
    }
    const match = proseTag.exec(buffer);
    if (!match) {
      const lastOpen = buffer.lastIndexOf('<');
      const holdFrom = !ended && lastOpen !== -1 && mayBecomeTag(buffer.slice(lastOpen)) ? lastOpen : buffer.length;
      emitProseUpTo(holdFrom);
      return false;
    }
    const start = match.index;
    const close = buffer.indexOf('>', start);
    const tagText = close === -1 ? buffer.slice(start) : buffer.slice(start, close + 1);
    const closing = /^<\s*\//.test(match[0]);
    if (!closing && argOpenWithName.test(match[0])) {
      fail('an <arg> tag appeared outside any <tool_call>', 'Wrap arguments in <tool_call name="...">...</tool_call>.', buffer.slice(start));
    }
    if (!closing) {
      if (close === -1) {
        if (ended) fail('the output ended inside an opening <tool_call> tag', 'The response was cut off; ask for a shorter answer.', tagText);
        emitProseUpTo(start);
        return false;
      }
      const open = toolOpenTag.exec(tagText);
      const before = buffer.slice(0, start);
      const fenceStart = fenceLineStart(before);
      emitText(fenceStart === -1 ? before : before.slice(0, fenceStart));
      // A fence line right before the call wraps it (dropped), unless it closes a code block in prose.
      const fenced = fenceStart !== -1 && !insideProseFence;
      if (fenceStart !== -1 && !fenced) emitText(before.slice(fenceStart));
      buffer = buffer.slice(close + 1);
      const attributes = open?.[1] ?? '';
      startTool(readNameAttribute(attributes), fenced);
      if (isSelfClosing(attributes)) finishTool();
      return true;
    }
    // A stray closing tag in prose (a repeated </tool_call> or </arg>) is dropped.
    emitText(buffer.slice(0, start));
    buffer = buffer.slice(start + match[0].length);
    return true;
  };

  /** One step inside a tool call, between arguments. */
  const stepBetween = (current: OpenTool): boolean => {
    const skip = /^[ \t\r\n]*/.exec(buffer)![0].length;
    if (skip === buffer.length) {
      current.stray += consume(skip);
      if (ended) finishTool();
      return false;
    }
    current.stray += consume(skip);
    if (buffer[0] === '<') {
      const close = buffer.indexOf('>');
      const tagText = close === -1 ? buffer : buffer.slice(0, close + 1);
      if (toolCloseTag.exec(tagText)?.index === 0) {
        consume(tagText.length);
        finishTool();
        return true;
      }
      if (toolOpenStart.exec(buffer)?.index === 0) {
        // A new call starts: the previous one was not closed.
        finishTool();
        return true;
      }
      if (close === -1) {
        if (!ended) return false;
        if (mayBecomeTag(buffer) && /^<\s*\//.test(buffer)) {
          consume(buffer.length);
          finishTool();
          return false;
        }
        fail('the output ended inside a tag', 'The response was cut off; ask for a shorter answer.', current.raw);
      }
      const argOpen = argOpenTag.exec(tagText);
      if (argOpen?.index === 0) {
        const name = readNameAttribute(argOpen[1] ?? '');
        if (name === undefined) fail(`an <arg> in the call to "${current.name ?? '?'}" has no name`, 'Write <arg name="...">.', tagText);
        consume(tagText.length);
        const argument = openArgument(current, name!, argCloser);
        if (isSelfClosing(argOpen[1] ?? '')) {
          current.arguments.push({ name: argument.name, value: '' });
          endPreview(current, argument);
        } else {
          current.argument = argument;
          current.state = 'argument';
        }
        return true;
      }
      const element = /^<\s*([A-Za-z_][\w-]*)\s*>/.exec(tagText);
      const definition = tools.find((entry) => entry.name.toLowerCase() === current.name?.toLowerCase());
      if (element && Object.hasOwn(schemaProperties(definition), element[1]!)) {
        // `<path>src/a.ts</path>`: a parameter written as its own element.
        consume(tagText.length);
        const closer = new RegExp(`<\\s*/\\s*${element[1]}\\s*>`, 'i');
        current.argument = openArgument(current, element[1]!, closer);
        current.state = 'argument';
        return true;
      }
      if (argCloseTag.exec(tagText)?.index === 0) {
        consume(tagText.length);
        return true;
      }
      current.stray += consume(tagText.length);
      return true;
    }
    // A JSON body is the first thing in a call: the same text after stray words is stray too, wherever a chunk starts.
    const bodyMayStart = current.arguments.length === 0 && current.stray.trim() === '';
    if (bodyMayStart && !ended && /^(?:`{1,2}|~{1,2})$/.test(buffer)) return false;
    if (bodyMayStart && /^(?:[{[]|```|~~~)/.test(buffer)) {
      current.state = 'json';
      current.jsonBody = '';
      return true;
    }
    const next = buffer.indexOf('<');
    current.stray += consume(next === -1 ? buffer.length : next);
    return true;
  };

  /** One step inside an argument value. */
  const stepArgument = (current: OpenTool, argument: OpenArgument): boolean => {
    if (argument.cdata === 'none' && argument.blank) {
      const lead = /^[ \t\r\n]*/.exec(buffer)![0].length;
      const rest = buffer.slice(lead);
      if (rest.startsWith('<![CDATA[')) {
        consume(lead + 9);
        argument.value = '';
        argument.cdata = 'open';
        // A CDATA value is taken verbatim; only blank text came before it, so nothing was previewed.
        delete argument.cleaner;
        return true;
      }
      if (!ended && rest.length < 9 && '<![CDATA['.startsWith(rest) && rest !== '') return false;
    }
    if (argument.cdata === 'open') {
      const end = buffer.indexOf(']]>');
      if (end === -1) {
        if (ended) fail(`the output ended inside the CDATA value of "${argument.name}"`, 'The response was cut off; ask for a shorter answer.', current.raw);
        const keep = buffer.endsWith(']]') ? 2 : buffer.endsWith(']') ? 1 : 0;
        growValue(current, argument, consume(buffer.length - keep));
        return false;
      }
      growValue(current, argument, consume(end));
      consume(3);
      argument.cdata = 'closed';
      return true;
    }
    const ends = [argument.closer.exec(buffer), argOpenWithName.exec(buffer), toolCloseTag.exec(buffer)];
    let first: { index: number; kind: number; length: number } | undefined;
    ends.forEach((match, kind) => {
      if (match && (first === undefined || match.index < first.index)) first = { index: match.index, kind, length: match[0].length };
    });
    if (first === undefined) {
      const lastOpen = buffer.lastIndexOf('<');
      if (ended) {
        if (lastOpen !== -1 && /^<\s*\/\s*[\w-]*\s*$/.test(buffer.slice(lastOpen))) {
          // Cut off inside the closing tag itself: the value is complete.
          const taken = consume(lastOpen);
          if (argument.cdata === 'none') growValue(current, argument, taken);
          consume(buffer.length);
          pushValue(current, argument);
          return true;
        }
        fail(
          `the output ended inside the value of "${argument.name}" in the call to "${current.name ?? '?'}"`,
          'The response was cut off (close every <arg> with </arg>), or ask for a shorter answer.',
          current.raw,
        );
      }
      const holdFrom = lastOpen !== -1 && mayBecomeTag(buffer.slice(lastOpen)) ? lastOpen : buffer.length;
      const taken = consume(holdFrom);
      if (argument.cdata === 'none') {
        growValue(current, argument, taken);
        if (argument.blank && /\S/.test(taken)) argument.blank = false;
      }
      return false;
    }
    const taken = consume(first.index);
    if (argument.cdata === 'none') growValue(current, argument, taken);
    if (first.kind === 0) consume(first.length);
    pushValue(current, argument);
    return true;
  };

  const pushValue = (current: OpenTool, argument: OpenArgument) => {
    current.arguments.push({ name: argument.name, value: argument.value, verbatim: argument.cdata !== 'none' });
    endPreview(current, argument);
    current.argument = undefined;
    current.state = 'between';
  };

  /** One step inside a JSON body. */
  const stepJson = (current: OpenTool): boolean => {
    const match = toolCloseTag.exec(buffer);
    if (match) {
      current.jsonBody += consume(match.index);
      consume(match[0].length);
      finishTool();
      return true;
    }
    const lastOpen = buffer.lastIndexOf('<');
    if (ended) {
      const cut = lastOpen !== -1 && /^<\s*\/\s*[\w-]*\s*$/.test(buffer.slice(lastOpen)) ? lastOpen : buffer.length;
      current.jsonBody += consume(cut);
      consume(buffer.length);
      current.endedOpen = true;
      finishTool();
      return false;
    }
    const holdFrom = lastOpen !== -1 && mayBecomeTag(buffer.slice(lastOpen)) ? lastOpen : buffer.length;
    current.jsonBody += consume(holdFrom);
    return false;
  };

  const run = () => {
    let progressed = true;
    while (progressed) {
      if (tool === undefined) progressed = stepProse();
      else if (tool.state === 'between') progressed = stepBetween(tool);
      else if (tool.state === 'argument') progressed = stepArgument(tool, tool.argument!);
      else progressed = stepJson(tool);
    }
  };

  const take = (): TaggedTextPart[] => {
    const taken = parts;
    parts = [];
    return taken;
  };

  return {
    push(chunk) {
      if (failure) throw failure;
      if (ended) throw new BuildwrightError({ code: 'INTERNAL', message: 'push() after end() on a tagged-text parser.' });
      buffer += chunk;
      run();
      return take();
    },
    end() {
      if (failure) throw failure;
      if (ended) return [];
      ended = true;
      run();
      if (tool !== undefined) run();
      return take();
    },
  };
}
