// The 4-byte runs most frequent in real build logs, most frequent first: the first 1,000 of
// printable ASCII within a line over the corpus' real and held-out logs (the .log files of
// fixtures/corpus but generated/, which the bench blocks come from; 0.8 MB, December 2026). The
// window search (needle-scan.ts) looks for a needle by its rarest 4 bytes, and a window made of a
// common run (" pack" of "package", "with", "Make") occurs on many lines that hold none of its
// needles: each such occurrence costs a compare of every needle with that window.
//
// Regenerate: count every 4-byte run of every line of those files, keep printable ASCII, sort by
// count (ties in no particular order), take the first 1,000. Only speed depends on this list: any
// window of a needle finds it.
export const COMMON_WINDOWS: readonly string[] = (
  "    \nport\n====\ning \nuild\nbuil\ntage\norta\nrtag\n----\nage/\n/por\nled \n/var\nvar/\n/tmp\ntmp/\nmp/p\np/po\n" +
  " the\nfile\nconf\nar/t\nr/tm\nusr/\n/usr\nthe \nine \npack\n/lib\ntion\nline\n lin\nlled\n *  \n Cal\nytho\nthon\n" +
  "*   \nalle\nCall\n>>> \nonfi\nebui\npyth\nwork\nnfig\nento\n of \nntoo\nmerg\ndev-\n to \n, li\nacka\nckag\nkage\n" +
  " in \niled\ngent\n/wor\naile\ncomp\nerge\nrror\nild \nment\n~~~~\n fil\nfail\n fai\nlibs\nile \nork/\n-lib\nigur\n" +
  "figu\nmake\ntest\nourc\nurce\nnsta\n- * \n for\nnmen\n  Ca\nemer\ntall\niron\nstal\nenvi\nnvir\nviro\nronm\nibs/\n" +
  "onme\n:  C\nfor \ngure\n ebu\ninst\nion \nages\nr/li\n   e\nsys-\n pac\nsr/l\n com\nerro\n /va\n /us\n'/va\nking\n" +
  "app-\n '/v\nt of\nrge \ntory\nnot \nall \n con\n9999\nompi\n env\nsour\nmpil\nlib/\ne co\n The\nThe \n is \ninux\n" +
  "ctor\n::ge\n:gen\natio\nting\nild.\nutil\nmple\nlinu\nge/d\n err\niles\n/dev\n not\nrect\nhase\nphas\nnt, \nage \n" +
  "ed s\n-999\nrce \ndire\nted \nirec\necto\nERRO\nRROR\n... \nror:\nmedi\n you\nedia\n* Th\n >>>\nent,\n dir\nor: \n" +
  "bin/\n bui\nure:\nloca\nng d\n/bin\n ERR\n * T\nable\ne/de\nctio\ndia-\nplet\nhon3\nompl\npile\nge -\ntemp\nt, l\n" +
  "and \nckin\n!!! \n ...\nheck\nx86_\n out\n pha\npend\nlete\nepen\ne in\nROR:\nOR: \nende\n ins\nutpu\ntput\ndule\n" +
  "depe\n at \n86_6\n/pyt\n6_64\ninfo\n sta\nev-l\nrepo\noutp\n/tem\n....\n die\nrequ\n dev\nchec\n sou\ne th\nnux-\n" +
  "tils\nsh, \n/bui\nges \n.sh,\nh, l\nred \nyou \ned (\necla\nput \n-lin\n####\nsion\nated\n req\n * E\nhe c\nemp/\n" +
  "ut o\nng s\n  * \ndenc\ndist\nound\nnden\n  en\nsrc/\n* ER\ncode\n____\nsrc_\ne ou\nete \n sys\ned a\nlude\nd in\n" +
  "ase)\nhe o\nd by\nse):\ned b\ned i\nppor\nuppo\n log\nFile\nclud\nent \nequi\nles/\nnclu\nsupp\n and\nsage\nld.s\n" +
  "lass\nd.sh\nquir\nuire\n: er\nocat\n by \nlog \ne bu\nory \ncate\nneed\n, in\nincl\nwith\nng f\nerne\nrnel\nge/s\n" +
  "d lo\nplug\ne fo\nkern\nhe s\n-gnu\nfrom\nnpac\n> > \nor m\nror \n sup\nErro\nld l\nning\nugin\nring\nsing\nlugi\n" +
  "ne 1\natch\nux-g\nof `\ne --\nx-gn\nte b\n loc\nnet-\n/app\n-pyt\nd at\nions\n src\naske\n `em\n`eme\n.log\ntack\n" +
  "f `e\n fro\nspec\nost \nodul\nstac\nsr/b\nr/bi\nare \n:   \nfunc\n nee\nould\nhttp\nired\n1/wo\nclas\nlati\ned f\n" +
  "efin\nt th\n_64-\nll s\ned d\nunct\ngins\ne to\n tha\nthat\nne  \nd to\nhat \n-plu\nack:\n rep\nleas\nfine\n/../\n" +
  "ecki\ne pa\nncti\nulat\n mer\nrom \nl st\non3.\nib/p\ntype\nests\ndefi\n eme\nlib6\nge/a\nmodu\nib64\ned t\n-1.0\n" +
  "stat\n-1.2\nin /\n dep\ne/ap\n res\nific\need \ns-1.\n-app\nd di\nest \nshar\n/sys\n app\nake[\ng di\nuld \nlang\n" +
  "c-li\n * C\n or \nake \ntool\nchro\nb64/\nMake\n | |\napps\n use\n If \ntoo \n|   \nhare\n be \n  eb\ns lo\n-uti\n" +
  " |  \nlibc\nned \nrget\npps/\nepos\n ***\ng so\n*** \n-1.1\nhon_\nease\n * I\narge\nsr/s\nile:\n  -l\nase \npost\n" +
  "at '\nload\n* Ca\nulti\n.0.1\nis l\nt '/\nopen\n-pac\n: '/\n/src\nname\nst t\ntarg\nling\n/med\n are\nite-\nhrom\n" +
  " Err\npeci\nread\nge/m\n.tar\nc_co\nmisc\n cod\n/gen\n Fil\nepar\ntar.\n pro\n   *\necif\netch\nnter\ncifi\nnfo \n" +
  "999/\nrepa\ne/me\n: **\n pos\nles \nrc_c\n_com\n spe\nabi_\nsite\nenci\nitor\nbase\n-pc-\npc-l\nn /v\ntch \ng fo\n" +
  "s th\nf yo\n: Ca\ns/li\n-mis\nessa\nte-p\nbs/l\n./..\net o\nd th\ncomm\nd su\n- >>\n can\n64-p\n4-pc\n../.\ne-pa\n" +
  "java\nf co\n: de\n/sha\n  >>\nippe\n che\n USE\ne/sy\natin\nskel\nkell\nld s\n_pyt\node:\nld.l\nefer\nfoun\nild/\n" +
  "a-pl\nev-p\ne sp\nof c\n--in\nmage\narch\nic s\nSour\nare/\nsnip\nIf y\n wit\ncula\nglib\n[ebu\n_con\n-inf\n-lan\n" +
  "ang/\n fou\n.org\nfic \nlog'\nys-a\n>> S\ns fo\nsci-\nv-li\nle p\nt fi\nort,\n/sit\nrefe\n.1-r\n1.0.\n tes\nage-\n" +
  "ecte\ncted\ncons\nc sn\n sni\nnipp\nppet\npet \n --i\nther\n0/wo\nges/\ncess\nhe e\nb/py\nr/sh\nx11-\ne ph\n1.2.\n" +
  "ory:\nllow\nncie\ncies\n* If\nou n\nu ne\nhe f\name \nrt, \nt, p\n * t\nmp/b\nisc/\ng fi\n ref\npatc\nnabl\n-r1:\n" +
  "alcu\nlcul\n-r1/\nepor\nlect\nd re\n, po\np/bu\nd.lo\nv-la\nore \nne 2\nfere\nache\npare\nry: \nssag\ng de\nhis \n" +
  "nd t\ns-ap\non3_\nding\ns...\nimag\nandb\nndbo\nhon/\nhask\ng an\neren\ns no\nble \netup\nence\n_pre\ndie \ninit\n" +
  "erla\nv-py\nils-\ntext\n suc\nocal\n Sou\necti\nperl\nd fo\nunde\n   ^\nmult\nject\nving\nr me\n. * \nform\n int\n" +
  'Fail\ne is\ne -p\nn th\nd sr\nstem\nposi\n> So\n-ker\nlate\nmain\n * e\nle "\n** [\n/inc\nle i\ncoll\n* th\nng t\n' +
  "renc\nched\ndata\names\nover\na-li\nency\n pre\nyste\nener\n.0/w\nncy \n (co\nonst\nevel\n/x86\ne or\n don\nhome\n" +
  "] Er\ninte\nptio\ncmak\ndone\nrati\n: re\nprep\nure \nnnot\nne 3\nging\ntoo'\nosit\n\", l\nlock\ntuti\nient\ng re\n" +
  "ce i\nog a\nared\n_src\n-2.0\n -pq\ntil/\nes t\nstri\n fun\n.cpp\nsetu\n-pqv\nwing\nes f\ngnom\nined\nvers\n exi\n" +
  'pqv \n mak\n fol\nfoll\nollo\nowin\nhon-\n"/us\ns-ke\n: un\nnce \ncont\n_x86\nlowi\ndbox\ne "/\nith \ndecl\n' +
  "atic\nture\namd6\nmd64\nacki\ntoo,\nistu\nstut\n htt\nlien\nbug \n-0.1\n new\noo, \n und\ngene\n/dis\n/net\nunpa\n" +
  "sand\nsult\nimpl\nclar\ntime\n '--\nesul\n   |\n-gen\no fa\nsize\n No \nked \nnome\nch f\nd (c\n pyt\nclie\n: No\n" +
  'ia-l\n.ecl\nnel/\n/tes\nuch \n (1 \nules\nmand\ntoo.\n lib\nsuch\nng (\nmore\n1-r1\nsito\nase/\n "/u\nfetc\nresu\n' +
  "ded \nuser\nate \nUnpa\nto /\n.com\n > >\nComp\nude \n  | \nort \nry '\n dis\nfo '\no '=\nrust\n9/wo\nomma\nmman\n" +
  'erat\nhe p\n/ima\nble-\n.2.1\noo.o\n-0.9\n1 of\ne-1.\nize \n> Un\nigen\nie "\ne eb\n>> U\n Unp\nre t\nserv\ned p\n' +
  ".10.\n.0::\nmati\nins/\nys-k\n(-)?\n   /\nin t\nls-r\ns-r1\no.or\n mor\ndeve\n-bas\n_cv_\nefil\nrsio\nenab\nv '=\n" +
  'e/ne\nying\n * S\nUSE=\n/chr\n.pat\nkige\noo f\nersi\nknow\nexec\nools\n col\nSE="\n(dep\nnloa\ntoo/\ns in\ntati\n' +
  "ons.\nterm\nTest\nqv '\ng is\nnown\nge/n\nCalc\nrome\n (de\n-2.4\nsche\n.9.1\n bug\n Com\nell/\n-dev\n.py\"\n" +
  'py",\ny", \nownl\nwnlo\ntfil\n/kig\nopti\nakef\nkefi\nsyst\nor d\ne...\ne de\n !!!\nwww-\n0::g\n-1.5\ns://\n' +
  "/gcc\n run\ne of\ne fi\nstfi\nps:/\ngnu/\nfig.\ncall\n Not\ns-li\n pul\n_tar\n: ch\ne-0.\nermi\nof 1\nv-ut\nr1/w\n" +
  "-r1_\nof t\nude/\n>> C\n> Co\nere \n'/us\nistf\nhedu\nedul\npull\nev-u\nest_\nog i\no su\nge/p\ndate\n.. d\n. do\n" +
  "one!\nhese\n.ebu\n' '-\nome-\nisio\ned: \nrate\n(1 o\nse a\narni\nrnin\ning:\ned r\n Fai\n"
).split("\n");
