/* test_names.c - table tests for name keys and name matching (names.h). Invented names. */
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "names.h"
#include "text.h"

static int same(const char *a, const char *b)
{
    return ct_name_same(a, strlen(a), b, strlen(b));
}

static int part(const char *p, const char *f)
{
    return ct_name_part_of(p, strlen(p), f, strlen(f));
}

/* ct_name_form_held_words() callback: is fold or canon (when not empty) among the words? */
struct match_words {
    const char *fold, *canon;
    int found;
};
static void match_word(void *arg, const char *w, size_t n)
{
    struct match_words *mw = arg;
    if ((strlen(mw->fold) == n && !memcmp(mw->fold, w, n)) ||
        (mw->canon[0] && strlen(mw->canon) == n && !memcmp(mw->canon, w, n)))
        mw->found = 1;
}

/* A name's held words (ct_name_form_held_words() callback: collects them), then whether a probe
 * word is one of them (ct_name_form_probe_words() callback). */
struct held {
    char w[64][CT_NAME_WLEN];
    size_t n;
    int found;
};
static void held_word(void *arg, const char *w, size_t n)
{
    struct held *h = arg;
    if (h->n < 64 && n < CT_NAME_WLEN) {
        memcpy(h->w[h->n], w, n);
        h->w[h->n++][n] = '\0';
    }
}
static void probe_word(void *arg, const char *w, size_t n)
{
    struct held *h = arg;
    for (size_t i = 0; i < h->n; i++)
        if (strlen(h->w[i]) == n && !memcmp(h->w[i], w, n)) h->found = 1;
}

int main(void)
{
    /* pairs that are one person */
    static const char *const yes[][2] = {
        {"Park Won-joon", "Won-joon Park"},
        {"Park Won-joon", "Park Won-jun"},
        {"Pak Won-joon", "Bak Wonjoon"},
        {"Seo Heong-soo", "Hyung-su Seo"},
        {"Seo Heong-soo", "Seo Hyeong-su"},
        {"Heong-su Seo", "Seo Hyung-soo"},
        {"Gang Woon-gil", "Kang Un-gil"},
        {"Woon-gil Gang", "Un-gil Kang"},
        {"GANG Gi-seong", "Kang Ki-sung"},
        {"Lee Cheol-hwan", "Yi Chul-hwan"},
        {"Rhee Min-ho", "Lee Min-ho"},
        {"Choi Sung-ho", "Choe Seong-ho"},
        {"Jeong Dae-ho", "Chung Tae-ho"},
        {"Jung Dae-ho", "Dae-ho Jeong"},
        {"Won Heesook", "Won Hee-sook"},
        {"Won Hee-sook", "Hui-sook Won"},
        {"Sohn Tae-kyu", "Son Tae-gyu"},
        {"Oh Young-soo", "Oh Yeong-su"},
        {"Joo Dal-young", "Ju Dal-yeong"},
        {"Kim Sang Gyu", "Sang-gyu Kim"},
        {"Kim Sang Gyu", "Kim Sang-kyu"},
        {"Han Zhiwei", "Zhiwei Han"},
        {"Huang Ming-che", "Ming-zhe Huang"},
        {"Sergey Ryabtsev", "Ryabtsev Sergei"},
        {"Anton Kröger", "Anton Kroger"},
        {"Oleg Borisovich Tkachenko", "Oleg Tkachenko"},
        {"Tkachenko Oleg", "Oleg Tkachenko"},
        {"Marco T. Arriaga", "Marco Arriaga"},
        {"Timothy Harlan", "Tim Harlan"},
        {"R.K. Shivashankar", "R K Shivashankar"},
        {"Laura Pennet", "Laura Pennett"},
        {"Jasur Tokhirov", "Jasur Tohirov"},
        {"Helen Marsh-Cole", "Helen Marsh Cole"},
        {"Kōsuke Arakida", "Arakida Kosuke"},
        /* an apostrophe inside a word, ASCII or U+2019, or none: one word */
        {"Colm O'Varn", "Colm O\xe2\x80\x99Varn"},
        {"Colm O'Varn", "Colm OVarn"},
        {"Darya Vol\xe2\x80\x99nova", "Vol'nova Darya"},
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        CHECK(same(yes[i][0], yes[i][1]), "same(%s, %s)", yes[i][0], yes[i][1]);

    /* pairs that are different people */
    static const char *const no[][2] = {
        {"Kim Dal-hak", "Kim Dal-shik"},
        {"Park Won-joon", "Park Heong-soo"},
        {"Kim Il-do", "Lee Il-do"},
        {"Park Yong-dal", "Park"},
        {"Sergey Ryabtsev", "Sergey Gushchin"},
        {"David Hollis", "David Mercer"},
        {"Mary Smith", "John Smith"},
        {"Carol June", "June Carlton"},
        {"", "Park Won-joon"},
    };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        CHECK(!same(no[i][0], no[i][1]), "!same(%s, %s)", no[i][0], no[i][1]);

    /* keys */
    char k[128];
    ct_name_key("Won-joon Park", 13, k, sizeof k);
    CHECK_STR(k, "park unjun");
    ct_name_key("Sergey  RYABTSEV", 16, k, sizeof k);
    char k2[128];
    ct_name_key("Ryabtsev Sergei", 15, k2, sizeof k2);
    CHECK_STR(k, k2);
    CHECK(ct_name_key("", 0, k, sizeof k) == 0, "empty key");
    CHECK(ct_name_key("Park Won-joon", 13, k, 5) == 4, "truncated key");

    /* the folding of one word (names.h), a rule a word: digraphs, then letters, then y, h, w,
     * doubled letters and a final -ey/-ei */
    static const char *const folds[][2] = {
        {"dzhamal", "jamal"}, {"zhang", "jank"},   {"chen", "jen"},    {"shin", "sin"},
        {"khan", "han"},      {"phan", "pan"},     {"thanh", "tanh"},  {"xu", "ksu"},
        {"seo", "su"},        {"soo", "su"},       {"young", "yunk"},  {"eun", "un"},
        {"hee", "hi"},        {"hui", "hi"},       {"gim", "kim"},     {"bak", "pak"},
        {"dae", "tae"},       {"ryu", "lu"},       {"won", "un"},      {"qing", "kink"},
        {"kyu", "ku"},        {"ahn", "an"},       {"wu", "u"},        {"anna", "ana"},
        {"sergey", "selki"},  {"sergei", "selki"}, {"dzung", "tzunk"}, /* dz: no h, no digraph */
    };
    for (size_t i = 0; i < sizeof folds / sizeof *folds; i++) {
        char fold[CT_NAME_WLEN], canon[CT_NAME_WLEN];
        ct_name_word_forms(folds[i][0], strlen(folds[i][0]), fold, canon);
        CHECK(!strcmp(fold, folds[i][1]), "fold %s: got %s, want %s", folds[i][0], fold,
              folds[i][1]);
    }

    /* the letters the fold keeps (ct_name_fold_sig()): a word of up to CT_NAME_SIG_MAX letters
     * and its folded word have the same, for every word of up to 4 letters and random longer
     * ones, weighted to the letters of the digraphs; a space or a digit gives none */
    {
        size_t words = 0, differ = 0;
        char w[CT_NAME_SIG_MAX + 1], fold[CT_NAME_WLEN], canon[CT_NAME_WLEN];
        for (size_t len = 1; len <= 4; len++) {
            size_t total = 1;
            for (size_t q = 0; q < len; q++)
                total *= 26;
            for (size_t v = 0; v < total; v++, words++) {
                for (size_t q = 0, x = v; q < len; q++, x /= 26)
                    w[q] = (char)('a' + x % 26);
                ct_name_word_forms(w, len, fold, canon);
                if (ct_name_fold_sig(w, len) != ct_name_fold_sig(fold, strlen(fold)) &&
                    differ++ < 5)
                    CHECK(0, "sig of %.*s and of its fold %s", (int)len, w, fold);
            }
        }
        static const char letters[] = "abcdefghijklmnopqrstuvwxyzdzhhhhxeeouuiyywsckpt";
        uint32_t r = 12345;
        for (size_t j = 0; j < 200000; j++, words++) {
            r = r * 1103515245u + 12345u;
            size_t len = 1 + (r >> 16) % CT_NAME_SIG_MAX;
            for (size_t q = 0; q < len; q++) {
                r = r * 1103515245u + 12345u;
                w[q] = letters[(r >> 16) % (sizeof letters - 1)];
            }
            ct_name_word_forms(w, len, fold, canon);
            if (ct_name_fold_sig(w, len) != ct_name_fold_sig(fold, strlen(fold)) && differ++ < 5)
                CHECK(0, "sig of %.*s and of its fold %s", (int)len, w, fold);
        }
        CHECK(differ == 0, "%zu words keep their sig when folded (%zu do not)", words, differ);
        CHECK(ct_name_fold_sig("jun smit", 8) == CT_NAME_SIG_NONE &&
                  ct_name_fold_sig("g20", 3) == CT_NAME_SIG_NONE &&
                  ct_name_fold_sig("amfnvrbx", 8) == 255 && ct_name_fold_sig("ceghijk", 7) == 0,
              "sigs of a key, a word with a digit and the letters");
    }

    /* short references */
    static const char *const parts[][2] = {
        {"Park", "Park Won-joon"},
        {"Pak", "Won-joon Park"},
        {"Won-joon", "Park Won-joon"},
        {"Kroger", "Anton Kröger"},
        {"Tkachenko", "Oleg Borisovich Tkachenko"},
        {"Yi", "Lee Cheol-hwan"},
        {"Ryabtsev", "Ryabtsev Sergey"},
        {"Lewis", "Maria Carter-Lewis"},
        {"O\xe2\x80\x99Varn", "Colm O'Varn"},
        {"OVarn", "Colm O\xe2\x80\x99Varn"},
    };
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        CHECK(part(parts[i][0], parts[i][1]), "part_of(%s, %s)", parts[i][0], parts[i][1]);
    CHECK(!part("Kim", "Park Won-joon"), "Kim not part of Park Won-joon");
    CHECK(!part("Hollis", "David Mercer"), "Hollis not part of David Mercer");
    CHECK(!part("Park Won-joon Kim", "Park Won-joon"), "longer part");

    /* parsed forms give the text functions' answers, for every ordered pair of the names
     * above and a few more, each form parsed once and compared many times */
    enum { MAXN = 256 };
    static ct_name_form forms[MAXN];
    const char *names[MAXN];
    size_t nn = 0;
    static const char *const more[] = {
        "Anna Velk",
        "Velk",
        "Anna T. Velk",
        "A. Velk",
        "Velk Anna",
        "Ivo Tarn-Velk",
        "Tarn",
        "Kang Min-jae",
        "Gang Minjae",
        "Min-jae",
        "Jae Kang",
        "Oh Se",
        "O Se-ra",
        "Pavel Orl",
        "Pavel Sergeyevich Orl",
        "Rob Hale",
        "Robert Hale",
        "Hale",
        /* parts and matches found only through a first word's fold ("oh" folds to "u") or its
         * class ("Yi" of "Lee"), or a surname word's fold */
        "Oh",
        "Maria Oh Lopez",
        "Yi Su",
        "Lee Min Su",
        "J. Park S.",
        "Park Ji-sung Smith",
        /* "Oh" a part of a name through its fold ("u"), not its class */
        "Maria U Lopez",
        /* a part of two words that fold to two letters each ("et", "pu"): found through its
         * first word, which no word longer than two letters gives */
        "Ed Bo",
        "Maria Ed Bo Lopez",
        /* a part found only among the words past the eighth, in the text key */
        "Ana Bea Cai Dee Eli Fay Gia Hal Velk",
        "",
        "  ",
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes && nn + 2 <= MAXN; i++)
        names[nn++] = yes[i][0], names[nn++] = yes[i][1];
    for (size_t i = 0; i < sizeof no / sizeof *no && nn + 2 <= MAXN; i++)
        names[nn++] = no[i][0], names[nn++] = no[i][1];
    for (size_t i = 0; i < sizeof parts / sizeof *parts && nn + 2 <= MAXN; i++)
        names[nn++] = parts[i][0], names[nn++] = parts[i][1];
    for (size_t i = 0; i < sizeof more / sizeof *more && nn < MAXN; i++)
        names[nn++] = more[i];
    for (size_t i = 0; i < nn; i++)
        ct_name_form_init(&forms[i], names[i], strlen(names[i]));
    size_t bad = 0;
    for (size_t i = 0; i < nn; i++)
        for (size_t j = 0; j < nn; j++) {
            if (ct_name_form_same(&forms[i], &forms[j]) != same(names[i], names[j]) ||
                ct_name_form_part_of(&forms[i], &forms[j]) != part(names[i], names[j])) {
                if (bad++ < 5) CHECK(0, "forms differ on (%s, %s)", names[i], names[j]);
            }
        }
    CHECK(bad == 0, "forms agree with the text functions on %zu pairs (%zu differ)", nn * nn, bad);

    /* a name that names the same person as a form, or a part of it, has a probe word among the
     * form's held words (people.c refuses a person whose filter holds none of them): probed
     * as compared already (its Korean surname classes known) and as people.c probes a name,
     * freshly parsed */
    size_t unheld = 0, matches = 0;
    for (size_t i = 0; i < nn; i++) {
        static struct held h;
        h.n = 0;
        ct_name_form_held_words(&forms[i], held_word, &h);
        for (size_t j = 0; j < nn; j++) {
            for (int part_of = 0; part_of < 2; part_of++) {
                if (!(part_of ? ct_name_form_part_of(&forms[j], &forms[i])
                              : ct_name_form_same(&forms[j], &forms[i])))
                    continue;
                matches++;
                static ct_name_form fresh;
                ct_name_form_init(&fresh, names[j], strlen(names[j]));
                for (int fr = 0; fr < 2; fr++) {
                    h.found = 0;
                    ct_name_form_probe_words(fr ? &fresh : &forms[j], part_of, probe_word, &h);
                    if (!h.found && unheld++ < 5)
                        CHECK(0, "%s %s %s by no held word (%s)", names[j],
                              part_of ? "part of" : "same as", names[i], fr ? "fresh" : "compared");
                }
            }
        }
    }
    CHECK(unheld == 0 && matches >= 100, "%zu matches share a held word (%zu do not)", matches,
          unheld);

    /* a one-word name that matches a form has its folded word or surname class among the form's
     * held words (people.c refuses the others unparsed); and the text key is ct_key()'s */
    size_t missed = 0, onewords = 0, badkey = 0;
    for (size_t i = 0; i < nn; i++) {
        size_t n = strlen(names[i]);
        char w[CT_NAME_WLEN], fold[CT_NAME_WLEN], canon[CT_NAME_WLEN];
        int letters = n > 0 && n < CT_NAME_WLEN;
        for (size_t q = 0; q < n && letters; q++) {
            unsigned char ch = (unsigned char)names[i][q] | 0x20;
            letters = ch >= 'a' && ch <= 'z';
            w[q] = (char)ch;
        }
        for (size_t cap = 1; cap <= 256; cap *= 4) {
            char t1[256], t2[256];
            size_t l1 = ct_name_form_text_key(&forms[i], t1, cap);
            size_t l2 = ct_key(t2, cap, names[i], n);
            badkey += l1 != l2 || memcmp(t1, t2, l1 + 1) != 0;
        }
        if (!letters) continue;
        onewords++;
        ct_name_word_forms(w, n, fold, canon);
        for (size_t j = 0; j < nn; j++) {
            if (!same(names[i], names[j]) && !part(names[i], names[j])) continue;
            struct match_words mw = {fold, canon, 0};
            ct_name_form_held_words(&forms[j], match_word, &mw);
            if (!mw.found && missed++ < 5) CHECK(0, "%s matches %s by no word", names[i], names[j]);
        }
    }
    CHECK(missed == 0 && onewords >= 10, "%zu one-word names match by their words (%zu do not)",
          onewords, missed);

    /* a name of ASCII words, none a Korean surname spelling, that matches a form either way has
     * a word whose fold is among the form's held words (people.c refuses the others unparsed) */
    size_t multi = 0, unfound = 0;
    for (size_t i = 0; i < nn; i++) {
        const char *s = names[i];
        size_t n = strlen(s), nw = 0;
        int ok = n > 0;
        char fw[CT_NAME_MAXW * 2][CT_NAME_WLEN];
        for (size_t q = 0; q < n && ok;) {
            if (s[q] == ' ') {
                q++;
                continue;
            }
            char w[CT_NAME_WLEN], canon[CT_NAME_WLEN];
            size_t l = 0;
            for (; q < n && s[q] != ' ' && ok; q++, l++) {
                unsigned char ch = (unsigned char)s[q] | 0x20;
                ok = ch >= 'a' && ch <= 'z' && l + 1 < CT_NAME_WLEN;
                w[l < CT_NAME_WLEN ? l : 0] = (char)ch;
            }
            ok = ok && nw < CT_NAME_MAXW * 2;
            if (!ok) break;
            ct_name_word_forms(w, l, fw[nw], canon);
            ok = !canon[0];
            nw++;
        }
        if (!ok || nw < 2) continue;
        for (size_t j = 0; j < nn; j++) {
            if (!ct_name_form_same(&forms[i], &forms[j]) &&
                !ct_name_form_part_of(&forms[i], &forms[j]) &&
                !ct_name_form_part_of(&forms[j], &forms[i]))
                continue;
            static struct held h;
            h.n = 0;
            ct_name_form_held_words(&forms[j], held_word, &h);
            h.found = 0;
            for (size_t q = 0; q < nw; q++)
                probe_word(&h, fw[q], strlen(fw[q]));
            multi++;
            if (!h.found && unfound++ < 5)
                CHECK(0, "%s matches %s by no word's fold", names[i], names[j]);
        }
    }
    CHECK(unfound == 0 && multi >= 10, "%zu names of words match by a fold (%zu do not)", multi,
          unfound);
    CHECK(badkey == 0, "text keys are ct_key()'s (%zu differ)", badkey);

    CHECK(ct_name_korean_surname("Rhee", 4) == ct_name_korean_surname("Lee", 3), "Rhee = Lee");
    CHECK(ct_name_korean_surname("Kim", 3) == 1, "Kim first");
    CHECK(ct_name_korean_surname("Smith", 5) == 0, "Smith");
    /* every romanization class, most frequent first: each spelling gives its class's rank */
    static const char *const classes[][8] = {
        {"kim", "gim"},
        {"lee", "yi", "rhee", "ri", "rhie"},
        {"park", "pak", "bak", "bahk", "pahk"},
        {"choi", "choe", "chey", "choy"},
        {"jung", "jeong", "chung", "cheong", "chong", "joung", "jong"},
        {"kang", "gang", "kahng"},
        {"cho", "jo", "joh"},
        {"yoon", "yun", "youn"},
        {"jang", "chang"},
        {"lim", "im", "rim", "yim"},
        {"han", "hahn"},
        {"oh"},
        {"seo", "suh", "so", "sur"},
        {"shin", "sin", "shinn"},
        {"kwon", "gwon", "kweon"},
        {"hwang", "whang"},
        {"ahn", "an"},
        {"song"},
        {"jeon", "jun", "chun", "chon", "cheon", "jon"},
        {"hong"},
        {"yoo", "yu", "ryu", "you", "ryoo", "rhyu"},
        {"ko", "go", "koh"},
        {"moon", "mun"},
        {"yang", "ryang"},
        {"son", "sohn"},
        {"bae", "pae", "bai"},
        {"baek", "paik", "paek", "baik", "back"},
        {"heo", "hur", "huh", "hu"},
        {"nam"},
        {"noh", "roh", "no", "ro", "nho"},
        {"ha"},
        {"kwak", "gwak"},
        {"sung", "seong"},
        {"cha"},
        {"joo", "ju", "chu", "choo"},
        {"woo", "wu"},
        {"min", "mihn"},
        {"ku", "koo", "gu", "goo"},
        {"shim", "sim"},
        {"won", "weon"},
        {"jin", "chin"},
        {"kil", "gil"},
        {"yeo", "yuh", "yo"},
        {"chae", "chea"},
        {"pyo", "pyeo"},
        {"tak", "tahk"},
        {"byun", "byeon", "pyun", "pyon"},
        {"maeng"},
        {"uhm", "eom", "um"},
        {"ji", "chi"},
        {"hyun", "hyeon"},
        {"na", "ra"},
    };
    size_t nclass = sizeof classes / sizeof *classes, wrong = 0, spellings = 0;
    for (size_t i = 0; i < nclass; i++)
        for (size_t j = 0; j < 8 && classes[i][j]; j++, spellings++)
            if (ct_name_korean_surname(classes[i][j], strlen(classes[i][j])) != (int)i + 1 &&
                wrong++ < 5)
                CHECK(0, "%s is of class %zu", classes[i][j], i + 1);
    CHECK(wrong == 0 && spellings == 145, "%zu spellings in %zu classes", spellings, nclass);
    CHECK(!ct_name_korean_surname("Kimm", 4) && !ct_name_korean_surname("Parks", 5) &&
              !ct_name_korean_surname("A", 1) && !ct_name_korean_surname("Zu", 2),
          "near misses are no surnames");
    /* a key's first byte past the letters indexes no letter's spellings (ko_first[]) */
    CHECK(!ct_name_korean_surname_key("{o", 2) && !ct_name_korean_surname_key("~um", 3) &&
              !ct_name_korean_surname_key("9o", 2),
          "keys beginning with no letter are no surnames");
    /* the key form answers as the text form does after its ct_key() */
    static const char *const words[] = {"Rhee",    "KIM",   "Yoo",   "Ryu",  "Oh",    "O", "Smith",
                                        "Kim-Lee", "Shinn", "Choe.", "Baek", "Whang", ""};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        char wk[64];
        size_t kl = ct_key(wk, sizeof wk, words[i], strlen(words[i]));
        CHECK(ct_name_korean_surname_key(wk, kl) ==
                  ct_name_korean_surname(words[i], strlen(words[i])),
              "key form of %s", words[i]);
    }
    /* a word's ASCII letters and digits are copied lowered as they are scanned (KEY_ALNUM), its
     * other ASCII bytes kept or, separators, dropped as they are scanned, and a byte past ASCII
     * sends the word to ct_key(): a word with any ASCII byte inside keys as ct_key() keys it,
     * white space aside */
    {
        size_t differ = 0;
        for (int b = 0x01; b < 0x80; b++) {
            if (b == ',' || b == ' ' || (b >= '\t' && b <= '\r')) continue; /* (word breaks) */
            char word[8];
            snprintf(word, sizeof word, "Az%c9Q", b);
            char key[32], want[32];
            size_t kl = ct_key(key, sizeof key, word, strlen(word)), o = 0;
            for (size_t j = 0; j < kl; j++)
                if (key[j] != ' ') want[o++] = key[j];
            want[o] = '\0';
            ct_name_form f;
            ct_name_form_init(&f, word, strlen(word));
            if (f.p.n != 1 || strcmp(f.p.w[0], want) != 0)
                if (differ++ < 5)
                    CHECK(0, "word %s: %s, want %s", word, f.p.n ? f.p.w[0] : "-", want);
        }
        CHECK(differ == 0, "words with every printable byte key as ct_key() (%zu differ)", differ);
    }
    /* separators at a word's ends and in runs are dropped there too (ct_key() drops them at the
     * key's ends and makes a run one space, which the word's key drops), a word of them alone is
     * none, and a kept ASCII byte before a byte past ASCII keys with the word by ct_key() */
    {
        static const char *const ends[] = {
            "-Won",       "Won-", "--Won--", "'.K.N.'", "_O''Neil_", "-\xc3\xa9",  "\xc3\xa9-",
            "@-\xc3\xa9", "x@-",  "-@",      "\x01-a",  ".-'_",      "Ann - Cole", "Ann -- Cole.",
        };
        for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
            const char *s = ends[i];
            char want[CT_NAME_MAXW][CT_NAME_WLEN];
            size_t nw = 0;
            for (size_t a = 0, b; s[a]; a = b) { /* the ct_key() of each white-space word */
                while (s[a] == ' ')
                    a++;
                for (b = a; s[b] && s[b] != ' '; b++)
                    ;
                char key[64];
                size_t kl = ct_key(key, sizeof key, s + a, b - a), o = 0;
                for (size_t j = 0; j < kl; j++)
                    if (key[j] != ' ') want[nw][o++] = key[j];
                want[nw][o] = '\0';
                nw += o > 0;
            }
            ct_name_form f;
            ct_name_form_init(&f, s, strlen(s));
            int same = f.p.n == nw;
            for (size_t j = 0; same && j < nw; j++)
                same = strcmp(f.p.w[j], want[j]) == 0;
            CHECK(same, "words of %s: %zu (%s), want %zu (%s)", s, (size_t)f.p.n,
                  f.p.n ? f.p.w[0] : "-", nw, nw ? want[0] : "-");
        }
    }
    return harness_done("names");
}
