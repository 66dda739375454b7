/* A minimal HotSpot disassembler plugin (the JDK 13+ "decode_instructions_virtual" entry) on Capstone, x86-64
 * only, for -XX:+PrintAssembly (benchmarks/annotate.sh builds it). Written for this project. */
#include <stdint.h>
#include <stddef.h>
#include <capstone/capstone.h>

typedef void *(*event_cb)(void *, const char *, void *);
typedef int (*printf_cb)(void *, const char *, ...);

void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char *buffer, uintptr_t length,
                                  event_cb ev, void *ev_stream, printf_cb pr, void *pr_stream,
                                  const char *options, int newline) {
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK) {
        return NULL;
    }
    cs_insn *insn = cs_malloc(h);
    const uint8_t *code = buffer;
    size_t size = length;
    uint64_t addr = start_va;
    while (addr < end_va && size > 0) {
        uint64_t at = addr;
        if (!cs_disasm_iter(h, &code, &size, &addr, insn)) {
            break;
        }
        (*ev)(ev_stream, "insn", (void *) (uintptr_t) at);
        (*pr)(pr_stream, "%s %s", insn->mnemonic, insn->op_str);
        (*ev)(ev_stream, "/insn", (void *) (uintptr_t) addr);
        if (newline) {
            (*pr)(pr_stream, "\n");
        }
    }
    cs_free(insn, 1);
    cs_close(&h);
    return (void *) (uintptr_t) addr;
}
