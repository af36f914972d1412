;; Binary format (spec chapter 5), written byte by byte: valid encodings (LEB128 with padding up to
;; the maximum length, custom sections anywhere, sections and imports of every kind) and malformed
;; ones: magic, version, section ids, order and sizes, LEB128 length and range, UTF-8 names,
;; inconsistent counts, reserved bytes, opcodes. Every module starts with the 8-byte preamble.

;; The smallest module: just the preamble.
(module binary
  "\00asm" "\01\00\00\00"
)

;; A function () -> i32 returning 42, exported as "f".
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"  ;; type section: 1 type, [] -> [i32]
  "\03\02\01\00"  ;; function section: func 0 has type 0
  "\07\05\01\01\66\00\00"  ;; export section: "f" func 0
  "\0a\06\01\04\00\41\2a\0b"  ;; code section: i32.const 42, end
)

(assert_return (invoke "f") (i32.const 42))

;; LEB128 may be padded up to its maximum length (5 bytes for 32 bits): section sizes, counts,
;; indices and a signed constant are padded here; custom sections may come first, between and last.
(module binary
  "\00asm" "\01\00\00\00"
  "\00\09\05\66\69\72\73\74\01\02\03"  ;; custom section "first", 3 payload bytes
  "\01\89\80\80\80\00\81\80\80\80\00\60\00\01\7f"  ;; type section, size 9 in 5 bytes, count 1 in 5 bytes
  "\00\01\00"  ;; custom section with an empty name
  "\03\06\01\80\80\80\80\00"  ;; function section: type index 0 in 5 bytes
  "\07\06\01\01\66\00\80\00"  ;; export "f" func 0 (index in 2 bytes)
  "\0a\0a\01\08\00\41\aa\80\80\80\00\0b"  ;; code: i32.const 42 encoded as aa 80 80 80 00
  "\00\07\04\6c\61\73\74\ff\fe"  ;; custom section "last": payload is not checked
)

(assert_return (invoke "f") (i32.const 42))

;; Signed LEB128: i32.const -1 is 7f; i64.const -1 padded to the 10-byte maximum.
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"  ;; type [] -> [i32]
  "\03\02\01\00"
  "\07\06\01\02\6d\31\00\00"
  "\0a\12\01\10\00\41\7f\42\ff\ff\ff\ff\ff\ff\ff\ff\ff\7f\1a\0b"  ;; i32.const -1; i64.const -1 (10 bytes); drop; end
)

(assert_return (invoke "m1") (i32.const -1))

;; One import of each kind, locals in groups, an export name in UTF-8 ("\u{e9}" is c3 a9).
(module binary
  "\00asm" "\01\00\00\00"
  "\01\09\02\60\00\01\7f\60\01\7f\00"  ;; types: 0 = [] -> [i32], 1 = [i32] -> []
  "\02\54\04"  ;; import section, 4 imports:
  "\08\73\70\65\63\74\65\73\74\09\70\72\69\6e\74\5f\69\33\32\00\01"  ;; "spectest" "print_i32" func type 1
  "\08\73\70\65\63\74\65\73\74\05\74\61\62\6c\65\01\70\00\0a"  ;; "spectest" "table" table funcref min 10
  "\08\73\70\65\63\74\65\73\74\06\6d\65\6d\6f\72\79\02\01\01\02"  ;; "spectest" "memory" memory min 1 max 2
  "\08\73\70\65\63\74\65\73\74\0a\67\6c\6f\62\61\6c\5f\69\33\32\03\7f\00"  ;; "spectest" "global_i32" global const i32
  "\03\02\01\00"
  "\07\09\01\05\63\61\66\c3\a9\00\01"  ;; export "caf\u{e9}" = func 1 (func 0 is the import)
  "\0a\0b\01\09\02\02\7f\01\7e\20\02\50\0b"  ;; local.get 2 is the i64 local (zero); i64.eqz
)

(assert_return (invoke "caf\u{e9}") (i32.const 1))

;; Data count section (id 12) before code, a passive data segment (flag 1) and memory.init (fc 08).
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\05\03\01\00\01"  ;; memory min 1, no max
  "\07\08\01\04\69\6e\69\74\00\00"
  "\0c\01\01"  ;; data count: 1
  "\0a\13\01\11\00\41\00\41\00\41\02\fc\08\00\00\41\01\2d\00\00\0b"  ;; memory.init 0 (0, 0, 2); i32.load8_u offset 0 at 1
  "\0b\05\01\01\02\07\09"  ;; data: passive "\07\09"
)

(assert_return (invoke "init") (i32.const 9))

;; Element segments in all eight encodings (flags 0-7: active/passive/declarative, with table index
;; or not, function indices or expressions). Table 0 = [f0, f2, null, -], table 1 = [f1, f2, f0, -].
(module binary
  "\00asm" "\01\00\00\00"
  "\01\0a\02\60\00\01\7f\60\01\7f\01\7f"  ;; types: 0 = [] -> [i32], 1 = [i32] -> [i32]
  "\03\07\06\00\00\00\00\01\01"  ;; six functions: four of type 0, two of type 1
  "\04\07\02\70\00\04\70\00\04"  ;; two tables, 4 funcref each
  "\07\0b\02\02\74\30\00\04\02\74\31\00\05"  ;; exports "t0" = func 4, "t1" = func 5
  "\09\3c\08"  ;; element section, 8 segments:
  "\00\41\00\0b\01\00"  ;; flag 0: active in table 0 at (i32.const 0): func 0
  "\01\00\01\01"  ;; flag 1: passive, elemkind funcref: func 1
  "\02\01\41\00\0b\00\02\01\02"  ;; flag 2: active in table 1 at 0, elemkind: func 1, func 2
  "\03\00\01\03"  ;; flag 3: declarative: func 3
  "\04\41\01\0b\02\d2\02\0b\d0\70\0b"  ;; flag 4: active in table 0 at 1: (ref.func 2) (ref.null func)
  "\05\70\02\d2\00\0b\d0\70\0b"  ;; flag 5: passive funcref: (ref.func 0) (ref.null func)
  "\06\01\41\02\0b\70\01\d2\00\0b"  ;; flag 6: active in table 1 at 2, funcref: (ref.func 0)
  "\07\70\01\d2\03\0b"  ;; flag 7: declarative funcref: (ref.func 3)
  "\0a\28\06\04\00\41\0a\0b\04\00\41\0b\0b\04\00\41\0c\0b\07\00\d2\03\1a\41\0d\0b\07\00\20\00\11\00\00\0b\07\00\20\00\11\00\01\0b"  ;; code: f0..f3 return 10..13 (f3 uses ref.func 3); f4/f5 call_indirect into table 0/1
)

(assert_return (invoke "t0" (i32.const 0)) (i32.const 10))
(assert_return (invoke "t0" (i32.const 1)) (i32.const 12))
(assert_trap (invoke "t0" (i32.const 2)) "uninitialized element")
(assert_trap (invoke "t0" (i32.const 3)) "uninitialized element")
(assert_return (invoke "t1" (i32.const 0)) (i32.const 11))
(assert_return (invoke "t1" (i32.const 1)) (i32.const 12))
(assert_return (invoke "t1" (i32.const 2)) (i32.const 10))
(assert_trap (invoke "t1" (i32.const 3)) "uninitialized element")

;; Data segments in the three encodings (flag 0 active, 1 passive, 2 active with a memory index)
;; and a data count section. Memory bytes 0..4 end up as 01 00 04 02 03.
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\05\03\01\00\01"
  "\07\05\01\01\64\00\00"
  "\0c\01\03"  ;; data count 3
  "\0a\13\01\11\00\41\03\41\00\41\02\fc\08\01\00\41\00\28\02\00\0b"  ;; memory.init 1 at 3 (2 bytes from 0); i32.load align=4 offset 0 at address 0
  "\0b\12\03\00\41\00\0b\01\01\01\02\02\03\02\00\41\02\0b\01\04"  ;; three data segments
)

(assert_return (invoke "d") (i32.const 0x02040001))

;; A block type given as a type index (s33 LEB128) whose type has two results.
(module binary
  "\00asm" "\01\00\00\00"
  "\01\0a\02\60\00\01\7f\60\00\02\7f\7f"  ;; types: 0 = [] -> [i32], 1 = [] -> [i32 i32]
  "\03\02\01\00"
  "\07\06\01\02\6d\76\00\00"
  "\0a\0c\01\0a\00\02\01\41\01\41\02\0b\6b\0b"  ;; block (type 1) (i32.const 1) (i32.const 2) end; i32.sub
)

(assert_return (invoke "mv") (i32.const -1))

;; One module using many encodings together: an imported global, a mutable exported global, an
;; externref global, exports of kinds 0/2/3, a start section (id 8), nested blocks with br_table
;; and return, if/else with a value type block type, locals of reference and float type,
;; memory.fill (fc 0b), memory.grow with its reserved byte, trunc_sat (fc 00), typed select (1c).

(module binary
  "\00asm" "\01\00\00\00"
  "\01\0d\03\60\00\00\60\01\7f\01\7f\60\00\01\7f"  ;; types: 0 = [] -> [], 1 = [i32] -> [i32], 2 = [] -> [i32]
  "\02\18\01\08\73\70\65\63\74\65\73\74\0a\67\6c\6f\62\61\6c\5f\69\33\32\03\7f\00"  ;; import "spectest" "global_i32" as const i32 (global 0)
  "\03\05\04\00\01\02\02"  ;; functions 0..3 of types 0, 1, 2, 2
  "\05\04\01\01\01\02"  ;; memory min 1 max 2
  "\06\0b\02\7f\01\41\00\0b\6f\01\d0\6f\0b"  ;; global 1: mut i32 = 0; global 2: mut externref = ref.null extern
  "\07\2b\06\06\73\77\69\74\63\68\00\01\04\6d\69\73\63\00\02\05\63\6f\75\6e\74\00\03\03\6d\65\6d\02\00\03\63\6e\74\03\01\03\69\6d\70\03\00"  ;; exports: "switch" "misc" "count" funcs, "mem" memory, "cnt" "imp" globals
  "\08\01\00"  ;; start: function 0 (increments global 1)
  "\0a\65\04\09\00\23\01\41\01\6a\24\01\0b\1a\00\02\40\02\40\02\40\20\00\0e\02\00\01\02\0b\41\0a\0f\0b\41\0b\0f\0b\41\0c\0b\39\02\01\6f\01\7d\23\00\04\7f\41\01\05\41\02\0b\20\00\d1\6a\41\00\41\07\41\04\fc\0b\00\41\03\2d\00\00\6a\41\00\40\00\6a\20\01\fc\00\6a\41\e4\00\41\c8\01\41\00\1c\01\7f\6a\0b\04\00\23\01\0b"  ;; code for the four functions
)

(assert_return (invoke "switch" (i32.const 0)) (i32.const 10))
(assert_return (invoke "switch" (i32.const 1)) (i32.const 11))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 12))
(assert_return (invoke "switch" (i32.const -1)) (i32.const 12))
(assert_return (invoke "misc") (i32.const 210))
(assert_return (invoke "count") (i32.const 1))
(assert_return (get "cnt") (i32.const 1))
(assert_return (get "imp") (i32.const 666))

;; Preamble.
(assert_malformed (module binary
  ""  ;; no bytes at all
  ) "unexpected end")

(assert_malformed (module binary
  "\00\61\73"  ;; magic cut short
  ) "unexpected end")

(assert_malformed (module binary
  "\00\61\73\6d\01\00"  ;; version cut short
  ) "unexpected end")

(assert_malformed (module binary
  "\00\61\73\6e\01\00\00\00"  ;; wrong magic
  ) "magic header not detected")

(assert_malformed (module binary
  "\61\73\6d\00\01\00\00\00"  ;; magic bytes in the wrong order
  ) "magic header not detected")

(assert_malformed (module binary
  "\00\61\73\6d\02\00\00\00"  ;; version 2
  ) "unknown binary version")

(assert_malformed (module binary
  "\00\61\73\6d\00\00\00\01"  ;; version is little-endian: this is 2^24
  ) "unknown binary version")

;; Section ids above 12 do not exist in 2.0.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\19\00"  ;; id 25, size 0
  ) "malformed section id")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\7f\00"  ;; id 127
  ) "malformed section id")

;; Sections out of order, or repeated, are content after the last (ordered) section.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\03\01\00"  ;; function section
  "\01\01\00"  ;; then a type section
  ) "unexpected content after last section")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\01\00"  ;; type section
  "\01\01\00"  ;; a second type section
  ) "unexpected content after last section")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\0b\01\00"  ;; data section
  "\0c\01\00"  ;; then data count
  ) "unexpected content after last section")

;; A section whose declared size is larger than what its contents use.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\06\01\60\00\01\7f\00"  ;; type section, size 6, one 5-byte vector + a stray byte
  ) "section size mismatch")

;; A section whose contents run past its declared size (decoding goes on, then the end is checked).
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\01\7f"  ;; type section, size 4 but needs 5
  "\03\02\01\00"
  ) "section size mismatch")

;; A section size that runs past the end of the module.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\20\01\60\00\01\7f"  ;; type section, size 32, only 5 bytes follow
  ) "length out of bounds")

;; LEB128: more than 5 bytes for a u32 is too long; a 5th byte with bits beyond 32 is too large.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\06\81\80\80\80\80\00"  ;; type count 1 in 6 bytes
  ) "integer representation too long")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\05\81\80\80\80\10"  ;; type count with bit 32 set
  ) "integer too large")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\85\80\80\80\80\00\01\60\00\01\7f"  ;; section size in 6 bytes
  ) "integer representation too long")

;; Signed 32-bit: 6 bytes is too long; in the 5th byte the unused bits must copy the sign bit.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\0c\01\0a\00\41\80\80\80\80\80\00\1a\0b"  ;; i32.const 0 in 6 bytes; drop
  ) "integer representation too long")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\0b\01\09\00\41\80\80\80\80\10\1a\0b"  ;; i32.const: 5th byte 10 (positive, bit 4 set)
  ) "integer too large")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\0b\01\09\00\41\ff\ff\ff\ff\4f\1a\0b"  ;; i32.const: 5th byte 4f (sign bit 3 clear, bit 6 set)
  ) "integer too large")

;; Names must be valid UTF-8: a lone continuation byte, an overlong encoding, a surrogate.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\00\02\01\80"  ;; custom section name 80
  ) "malformed UTF-8 encoding")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\07\06\01\02\c0\80\00\00"  ;; export name c0 80 (overlong NUL)
  "\0a\04\01\02\00\0b"
  ) "malformed UTF-8 encoding")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\02\09\01\03\ed\a0\80\01\78\00\00"  ;; import module name: surrogate U+D800
  ) "malformed UTF-8 encoding")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\00\05\04\f4\90\80\80"  ;; custom section name above U+10FFFF
  ) "malformed UTF-8 encoding")

;; A name whose length runs past its section.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\00\03\05\61\62"  ;; custom section: name length 5, 2 bytes
  ) "length out of bounds")

;; Function and code sections must have the same number of entries.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  ) "function and code section have inconsistent lengths")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\0a\04\01\02\00\0b"  ;; a body without a function
  ) "function and code section have inconsistent lengths")

;; The data count must match the data section, and memory.init needs a data count section.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\0c\01\01"  ;; data count 1, no data section
  ) "data count and data section have inconsistent lengths")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\05\03\01\00\01"
  "\0a\0e\01\0c\00\41\00\41\00\41\00\fc\08\00\00\0b"  ;; memory.init 0 without data count
  "\0b\03\01\01\00"  ;; one passive data segment
  ) "data count section required")

;; Import kinds are 0..4; value types, reference types and mutability have fixed codes.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\02\07\01\01\61\01\62\05\00"  ;; import kind 5
  ) "malformed import kind")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\06\06\01\7f\02\41\00\0b"  ;; global i32, mutability byte 2
  ) "malformed mutability")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\04\04\01\7f\00\01"  ;; table of i32
  ) "malformed reference type")

;; Function bodies: memory indices must name a memory (2.0: reserved zero bytes), opcodes must exist, the body
;; must end exactly at end.
(assert_invalid (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\05\03\01\00\01"
  "\0a\07\01\05\00\3f\01\1a\0b"  ;; memory.size of memory 1 (2.0: a reserved byte, which had to be 0)
  ) "unknown memory 1")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\05\01\03\00\ff\0b"  ;; opcode ff
  ) "illegal opcode")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\05\01\03\00\06\0b"  ;; opcode 06 (try, not in 2.0)
  ) "illegal opcode")

(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\05\01\03\00\01\01"  ;; body of 3 bytes: no locals, nop, nop, no end
  ) "unexpected end of section or function")

;; Local declarations adding up to more than 2^32 - 1.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\10\01\0e\02\ff\ff\ff\ff\0f\7f\ff\ff\ff\ff\0f\7e\0b"  ;; 2 groups of 2^32-1 locals
  ) "too many locals")

;; A count promising more entries than the section holds.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\05\02\60\00\01\7f"  ;; type count 2, one type
  ) "unexpected end")

;; Signed 64-bit: in the 10th byte only the sign bit is data; 02 is too large.
(assert_malformed (module binary
  "\00\61\73\6d\01\00\00\00"  ;; preamble
  "\01\04\01\60\00\00"  ;; type [] -> []
  "\03\02\01\00"
  "\0a\10\01\0e\00\42\80\80\80\80\80\80\80\80\80\02\1a\0b"  ;; i64.const with 10th byte 02; drop
  ) "integer too large")
