package org.wasmscope.runtime.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.Token.Kind;

/**
 * The script language of the spec testsuite (its interpreter's README): modules, registrations, actions
 * and assertions. Each top-level command is parsed on its own. A command this parser does not know, or
 * cannot read (constructs of later proposals), becomes {@link Command.Unsupported}; a text module that
 * does not parse is kept as its source text (a quoted module), so that running the command reports the
 * module as malformed while the rest of the script still runs.
 */
public final class ScriptParser {
    private static final Pattern KEYWORD = Pattern.compile("\\(\\s*([a-z][^\\s()\";]*)");

    private final String src;
    private final List<MalformedException> problems;
    private Cursor c;

    /** The edition of the script's modules. */
    private final SpecVersion version;

    private ScriptParser(String src, List<MalformedException> problems, SpecVersion version) {
        this.src = src;
        this.problems = problems;
        this.version = version;
    }

    /**
     * The commands of {@code text}. Commands or modules that could not be parsed are reported to
     * {@code problems} (if not null) besides being turned into Unsupported commands or quoted modules.
     */
    public static List<Command> parse(String text, List<MalformedException> problems, SpecVersion version)
            throws MalformedException {
        ScriptParser p = new ScriptParser(text, problems, version);
        List<Command> out = new ArrayList<>();
        List<TopLevel.Range> ranges = TopLevel.split(text);
        if (!ranges.isEmpty() && p.startsWithField(ranges.get(0))) {
            // a script may be a single module written as its fields alone (inline-module.wast)
            Module m = ModuleParser.parseModule(new Cursor(Lexer.tokenize(text), version));
            out.add(new Command.Define(ranges.get(0).line(),
                    new ScriptModule(ranges.get(0).line(), null, m, null, null)));
            return out;
        }
        for (TopLevel.Range r : ranges) {
            out.add(p.command(r));
        }
        return out;
    }

    private static final Set<String> FIELDS = Set.of("type", "import", "func", "table", "memory", "global", "export",
            "start", "elem", "data");

    private boolean startsWithField(TopLevel.Range r) {
        try {
            List<Token> tokens = Lexer.tokenize(src, r.start(), r.end(), r.line(), r.column());
            return tokens.get(1).kind() == Kind.KEYWORD && FIELDS.contains(tokens.get(1).text());
        } catch (MalformedException e) {
            return false;
        }
    }

    private void problem(MalformedException e) {
        if (problems != null) {
            problems.add(e);
        }
    }

    private Command command(TopLevel.Range r) {
        Matcher km = KEYWORD.matcher(src).region(r.start(), r.end());
        String keyword = km.lookingAt() ? km.group(1) : "?";
        int line = r.line();
        try {
            c = new Cursor(Lexer.tokenize(src, r.start(), r.end(), r.line(), r.column()), version);
            if (c.peek(1).kind() == Kind.KEYWORD) {
                keyword = c.peek(1).text(); // also when a comment precedes it
            }
        } catch (MalformedException e) {
            problem(e);
            if (keyword.equals("module")) {
                // keep the module as text: running it reports the lexical error as malformed
                return new Command.Define(line, new ScriptModule(line, null, null, null, src.substring(r.start(), r.end())));
            }
            return new Command.Unsupported(line, keyword);
        }
        try {
            Command cmd = known(keyword, line);
            if (cmd != null && !c.at(Kind.EOF)) {
                throw c.unexpected();
            }
            return cmd != null ? cmd : new Command.Unsupported(line, keyword);
        } catch (MalformedException e) {
            problem(e);
            return new Command.Unsupported(line, keyword);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must not cost the rest of the script; it is still reported as a problem
            problem(new MalformedException("parser failure: " + e, line, r.column()));
            return new Command.Unsupported(line, keyword);
        }
    }

    /** A command of the script language, or null if the keyword names none. */
    private Command known(String keyword, int line) {
        switch (keyword) {
            case "module" -> {
                if (c.peek(2).isKeyword("instance")) {
                    c.open("module");
                    c.next();
                    String instance = c.optId();
                    String definition = c.optId();
                    c.close();
                    return new Command.Instantiate(line, instance, definition);
                }
                boolean definition = c.peek(2).isKeyword("definition");
                ScriptModule m = module();
                return definition ? new Command.Definition(line, m) : new Command.Define(line, m);
            }
            case "register" -> {
                c.open("register");
                String name = c.string();
                String id = c.optId();
                c.close();
                return new Command.Register(line, name, id);
            }
            case "invoke", "get" -> {
                return new Command.Perform(line, action());
            }
            case "assert_return" -> {
                c.open(keyword);
                Action a = action();
                List<Expected> results = new ArrayList<>();
                while (!c.at(Kind.RPAREN)) {
                    results.add(expected());
                }
                c.close();
                return new Command.AssertReturn(line, a, results);
            }
            case "assert_trap" -> {
                c.open(keyword);
                Command cmd;
                if (c.atOpen("module")) {
                    ScriptModule m = module();
                    cmd = new Command.AssertTrap(line, null, m, c.string());
                } else {
                    Action a = action();
                    cmd = new Command.AssertTrap(line, a, null, c.string());
                }
                c.close();
                return cmd;
            }
            case "assert_exception" -> {
                c.open(keyword);
                Action a = action();
                c.close();
                return new Command.AssertException(line, a);
            }
            case "assert_exhaustion" -> {
                c.open(keyword);
                Action a = action();
                Command cmd = new Command.AssertExhaustion(line, a, c.string());
                c.close();
                return cmd;
            }
            case "assert_malformed", "assert_invalid", "assert_unlinkable" -> {
                c.open(keyword);
                ScriptModule m = module();
                String message = c.string();
                c.close();
                return switch (keyword) {
                    case "assert_malformed" -> new Command.AssertMalformed(line, m, message);
                    case "assert_invalid" -> new Command.AssertInvalid(line, m, message);
                    default -> new Command.AssertUnlinkable(line, m, message);
                };
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * {@code (module definition? $id? binary "..."*)}, {@code (module definition? $id? quote "..."*)} or a
     * text module.
     */
    private ScriptModule module() {
        Token open = c.peek();
        int line = open.line();
        c.open("module");
        Token definition = c.atKeyword("definition") ? c.next() : null;
        String id = c.optId();
        if (c.atKeyword("binary") || c.atKeyword("quote")) {
            boolean binary = c.next().text().equals("binary");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (c.at(Kind.STRING)) {
                bytes.writeBytes(c.next().bytes());
            }
            c.close();
            return binary ? new ScriptModule(line, id, null, bytes.toByteArray(), null)
                    : new ScriptModule(line, id, null, null, Lexer.decode(bytes.toByteArray()));
        }
        int body = c.position();
        try {
            Module m = ModuleParser.fieldsOf(c, id);
            c.close();
            return new ScriptModule(line, id, m, null, null);
        } catch (MalformedException e) {
            problem(e);
            c.reset(body);
            while (!c.at(Kind.RPAREN)) {
                c.skipSExpr();
            }
            Token close = c.next();
            String text = src.substring(open.start(), close.end());
            if (definition != null) {
                // the module's text without the script's keyword, in place so that positions stay
                int at = definition.start() - open.start();
                text = text.substring(0, at) + " ".repeat(definition.text().length())
                        + text.substring(at + definition.text().length());
            }
            return new ScriptModule(line, id, null, null, text);
        }
    }

    /** {@code (invoke $id? "name" const*)} or {@code (get $id? "name")}. */
    private Action action() {
        int line = c.peek().line();
        if (c.openIf("get")) {
            String id = c.optId();
            String name = c.string();
            c.close();
            return new Action.Get(line, id, name);
        }
        c.open("invoke");
        String id = c.optId();
        String name = c.string();
        List<Value> args = new ArrayList<>();
        while (!c.at(Kind.RPAREN)) {
            args.add(constant());
        }
        c.close();
        return new Action.Invoke(line, id, name, args);
    }

    /**
     * An argument: {@code (t.const c)}, {@code (ref.null ht)}, {@code (ref.extern n)} or {@code (ref.host n)},
     * host reference n in the any hierarchy (as any.convert_extern makes of {@code (ref.extern n)}).
     */
    private Value constant() {
        c.expect(Kind.LPAREN);
        Token k = c.expect(Kind.KEYWORD);
        Value v = switch (k.text()) {
            case "i32.const" -> Value.i32((int) Literals.integer(c, 32));
            case "i64.const" -> Value.i64(Literals.integer(c, 64));
            case "f32.const" -> Value.f32Bits(Literals.f32(c));
            case "f64.const" -> Value.f64Bits(Literals.f64(c));
            case "v128.const" -> {
                Instr i = new Instr(Opcode.V128_CONST);
                Literals.v128(c, i);
                yield Value.v128(i.imm, i.imm2);
            }
            case "ref.null" -> Value.nullRef(nullArgumentType());
            case "ref.extern" -> Value.ref(ValType.EXTERNREF, Integer.toUnsignedLong(Literals.u32(c)));
            case "ref.host" -> Value.ref(ValType.ANYREF, Integer.toUnsignedLong(Literals.u32(c)));
            default -> throw Cursor.unexpected(k);
        };
        c.close();
        return v;
    }

    /**
     * The type of a null argument {@code (ref.null ht)}: the top of the heap type's hierarchy, which every
     * reference type of that hierarchy accepts.
     */
    private ValType nullArgumentType() {
        return ValType.ref(true, Types.heapType(c, null).top());
    }

    /**
     * An expected result: a constant, a NaN pattern, a v128 with NaN-pattern lanes, any null
     * {@code (ref.null ht?)}, any reference of a kind ({@code (ref.func)}, ...), or {@code (either r*)}.
     */
    private Expected expected() {
        Token open = c.peek();
        c.expect(Kind.LPAREN);
        Token k = c.expect(Kind.KEYWORD);
        Expected e = null;
        Expected.RefKind kind = Expected.RefKind.ofKeyword(k.text());
        switch (k.text()) {
            case "f32.const", "f64.const" -> {
                ValType t = k.text().startsWith("f32") ? ValType.F32 : ValType.F64;
                if (c.atKeyword("nan:canonical") || c.atKeyword("nan:arithmetic")) {
                    e = new Expected.Nan(t, c.next().text().equals("nan:arithmetic"));
                }
            }
            case "v128.const" -> {
                if (c.atKeyword("f32x4") || c.atKeyword("f64x2")) {
                    e = floatLanes();
                }
            }
            case "ref.null" -> {
                if (!c.at(Kind.RPAREN)) {
                    c.next(); // any heap type: an abstract one or a type's $id or index
                }
                e = new Expected.NullRef();
            }
            case "either" -> {
                List<Expected> alternatives = new ArrayList<>();
                while (!c.at(Kind.RPAREN)) {
                    alternatives.add(expected());
                }
                e = new Expected.Either(alternatives);
            }
            default -> {
                if (kind != null && c.at(Kind.RPAREN)) {
                    e = new Expected.AnyRef(kind);
                } else if (kind != null && kind != Expected.RefKind.EXTERN) {
                    // no other reference than a host one, extern or any, can be named by a number in a script
                    throw Cursor.unexpected(c.peek());
                }
                // otherwise an exact constant, read below
            }
        }
        if (e != null) {
            c.close();
            return e;
        }
        c.reset(c.position() - 2);
        if (c.peek() != open) {
            throw Cursor.unexpected(open);
        }
        return new Expected.Exact(constant());
    }

    /**
     * {@code f32x4} or {@code f64x2} lanes, each a float or a NaN pattern; an exact v128 if no lane is a
     * pattern (then NaN lanes compare by their bits like every other lane).
     */
    private Expected floatLanes() {
        Token shape = c.next();
        boolean f32 = shape.text().equals("f32x4");
        int n = f32 ? 4 : 2;
        Expected[] lanes = new Expected[n];
        boolean pattern = false;
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < n; i++) {
            if (c.atKeyword("nan:canonical") || c.atKeyword("nan:arithmetic")) {
                lanes[i] = new Expected.Nan(f32 ? ValType.F32 : ValType.F64, c.next().text().equals("nan:arithmetic"));
                pattern = true;
                continue;
            }
            if (!c.at(Kind.NUMBER)) {
                throw Cursor.error(c.peek(), "wrong number of lane literals");
            }
            long bits = f32 ? Literals.f32(c) & 0xFFFFFFFFL : Literals.f64(c);
            lanes[i] = new Expected.Exact(f32 ? Value.f32Bits((int) bits) : Value.f64Bits(bits));
            int bit = i * (f32 ? 32 : 64);
            if (bit < 64) {
                lo |= bits << bit;
            } else {
                hi |= bits << (bit - 64);
            }
        }
        if (!c.at(Kind.RPAREN)) {
            throw Cursor.error(c.peek(), "wrong number of lane literals");
        }
        return pattern ? new Expected.FloatLanes(f32 ? ValType.F32 : ValType.F64, lanes)
                : new Expected.Exact(Value.v128(lo, hi));
    }
}
