/*
 * yaml_parse_loop: what libyaml alone needs to read a set of YAML files.
 *
 * For every file it reads the whole file into memory, then calls
 * yaml_parser_parse until STREAM-END, deleting each event. Nothing is built
 * or interpreted: this is the floor for any tool that uses libyaml's event parser.
 *
 *   cc -O2 -o yaml_parse_loop Benchmarks/yaml_parse_loop.c -lyaml
 *   ./yaml_parse_loop FILE...
 *   ./yaml_parse_loop -l LIST        (LIST: one path a line)
 *
 * Prints "files N, bytes N, events N" on stdout. Exits 1 when a file cannot be
 * read or does not parse (after reporting it on stderr), 64 on wrong usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned long long total_bytes = 0;
static unsigned long long total_events = 0;
static unsigned long total_files = 0;

static unsigned char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return NULL;
    }
    size_t capacity = 8192, used = 0;
    unsigned char *data = malloc(capacity);
    if (!data) {
        fclose(file);
        return NULL;
    }
    for (;;) {
        if (used == capacity) {
            capacity *= 2;
            unsigned char *grown = realloc(data, capacity);
            if (!grown) {
                free(data);
                fclose(file);
                return NULL;
            }
            data = grown;
        }
        size_t got = fread(data + used, 1, capacity - used, file);
        used += got;
        if (got == 0) break;
    }
    int failed = ferror(file);
    fclose(file);
    if (failed) {
        perror(path);
        free(data);
        return NULL;
    }
    *length = used;
    return data;
}

static int parse_file(const char *path) {
    size_t length = 0;
    unsigned char *data = read_file(path, &length);
    if (!data) return 1;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "%s: cannot initialise libyaml\n", path);
        free(data);
        return 1;
    }
    yaml_parser_set_input_string(&parser, data, length);

    int status = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: error: %s\n", path,
                    (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "parse error");
            status = 1;
            break;
        }
        total_events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(data);
    total_bytes += length;
    total_files++;
    return status;
}

static int parse_list(const char *list_path) {
    FILE *list = strcmp(list_path, "-") == 0 ? stdin : fopen(list_path, "r");
    if (!list) {
        perror(list_path);
        return 1;
    }
    int status = 0;
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    while ((length = getline(&line, &capacity, list)) != -1) {
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) {
            line[--length] = '\0';
        }
        if (length == 0) continue;
        status |= parse_file(line);
    }
    free(line);
    if (list != stdin) fclose(list);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE... | %s -l LIST\n", argv[0], argv[0]);
        return 64;
    }
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-l") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "usage: %s -l LIST\n", argv[0]);
                return 64;
            }
            status |= parse_list(argv[++i]);
        } else {
            status |= parse_file(argv[i]);
        }
    }
    printf("files %lu, bytes %llu, events %llu\n", total_files, total_bytes, total_events);
    return status ? 1 : 0;
}
