// The 5,000 4-byte runs of printable ASCII most frequent within lines of build output, and how often each
// occurs: over every .log/.txt of fixtures/corpus but the held-out sets (444 files: real snippets and
// generated logs) and the lines of both bench blocks (1.6 MB). The window search (needle-scan.ts) looks
// for a needle by one 4-byte window, and a window whose runs of 3 occur often (" pack" of "package", "with",
// "work/") stops the search on many lines that hold none of its needles: each stop costs ~40-60 ns. Only speed
// depends on this list: any window of a needle finds it. Written by scripts/bench/window-counts.ts.
//
// One line per count, most frequent first: the count, ":", then its windows, 4 characters each.
export const COMMON_WINDOW_COUNTS: string =
  "35877:    \n5810:ing \n5047:====\n3910:heck\n3884:ine \n3864:chec\n3828:   -\n3772:king\n3563:efin\n3540:" +
  "defi\n3471:ckin\n3446:fine\n3429:/usr\n3361:AVE_HAVE\n3345:ecki\n3307: -e \n3298:-e '\n3276:usr/\n3257:.." +
  ". \n3253:conf\n3201:/lib\n3179:#def\n3156:  -e\n3154:e 's\n3132:g' \\\n3119:----\n2896: #de| #d\n2650:test" +
  "\n2448:onfi\n2447:nfig\n2113: for\n2054:for \n2030:libs\n2009: HAV\n1959:lib/\n1935:....\n1912:port\n1839:" +
  "uild\n1825: yes\n1808:ne H\n1802:e HA\n1788:buil\n1782: 's|''@|'s|@s|@'|@''|g' \n1754:igur\n1753:figu\n1" +
  "726:-lib\n1713:ng f\n1692:tion\n1685:ibs/\n1674:-Wl,\n1660:gure\n1652:g fo\n1644: -Wl\n1609:inux\n1574:de" +
  "v-linu\n1563:age/\n1557:. ye.. y\n1520:/var\n1517:var/\n1502:tage\n1501:/tmp\n1498: lib\n1493:lude\n1481:" +
  "orta\n1477:rtag\n1473:ure:\n1469:Wl,-\n1468:clud\n1465:6_6486_6\n1456:x86_\n1452:tmp/\n1434:-linnclu\n142" +
  "8:/porincl\n1419:make\n1412:LIB_\n1391:nux-\n1380:file\n1364: 's/\n1362:''@/'s/@/@''/g' s/@'\n1361:p/po" +
  "\n1360:mp/p\n1357:work\n1353:ar/tr/tm\n1350: /us\n1338:@''G\n1318:-gnu\n1309:/bin\n1300:_64-\n1296:''GN'G" +
  "NUGNULNULIULIB\n1294:ux-g\n1292:x-gn\n1269:;&#3\n1260:hare\n1258: -I.shar\n1252:loca\n1249:entoion \n124" +
  "5:ntoo\n1230:gent\n1215:_H 1bin/\n1188:comp\n1173: is rror\n1170:gcc \n1164:'@/0/0/g0/g'@/0/\n1158:with" +
  "\n1155:sr/s\n1151: whe\n1150:ther\n1148:/sha\n1133: lin\n1129:ng w\n1124:r/sh\n1115:arch\n1114:~~~~\n1111:" +
  "ethe\n1101:g wh\n1096:her \n1085:hethwhet\n1073:are/\n1046:line\n1038:sr/l\n1028:/wor\n1025:=x86\n1018:VE" +
  "_S\n1007:ocal\n1000:r/li\n999:enerompi\n998: con\n997:mpil\n990:hell\n988: the\n983:gene\n981:ude \n964:-O" +
  "2 \n952:ork/\n948:ello\n936:''HA'HAV@''H\n935: to \n933:O2 -\n930: gcc\n924: -O2\n918:r/bisr/b\n916:4-li6" +
  "4-l\n914:eric\n913:neri\n909:pack\n907:pipe\n906:-mar\n905:64 -able\n904:rch=\n902:tuneune=\n901:marc\n900" +
  ":6-6486-6=gene=gene=gx86-\n896:the \n894:&lt;\n892:ctor\n884:ch=x\n882:-mtu-pipmtun\n880:h=x8\n876:'@|1" +
  "1|g'@|1||1|g\n873:ipe \n872: dir\n871: -o \n870:red \n869: of \n864: combs/l\n862: -pi\n861:ev-ls/li\n858" +
  ":2 -p\n856:-64 /loc\n854: wit\n853: -ma\n851:pe -\n850: -mt4 -m\n846:ared\n843:E_ST\n841:ile \n836:ecla\n8" +
  "35:e -mtory\n834:clarric \n825:decl\n818:cc -\n811:yaml\n809:/hel/x86\n801:led nsta\n799:____\n794:cale\n" +
  "791:pile\n785: in \n773:v-li\n771:inst\n770:rect\n768:tool\n766:dire\n764:/incstaltall\n757:ecto\n751:ire" +
  "c\n744: che\n741:'/va\n738:re/l\n736: '/v\n735: -c /dev\n734:lare\n732:e/de\n728: dec\n727:ge/d\n726:all \n" +
  "724:ed w\n721:e/lo\n718: fil\n714:-rel\n713:/../\n712:est_\n710:d wi\n704:re:5\n702:ng d\n700: mac\n693:ac" +
  "romacr\n690:'@|00|g'@|0||0|g\n685:l,--\n681:s de\n678:&gt;\n677:PACKis d\n676:ACKACKAGKAGEne P\n673:sio" +
  "n\n672:ring\n665:_STR\n664:errollo.\n662:thonytho\n660:houtithothou\n657:ake[\n655:ACE_\n654:''RE'REP@''" +
  "REPLALACEPLACREPL\n652:stat\n648:#34;#39;&#34&#39&amp;&ltamp;lt;&mp;&out \n646:Makeo...\n641: PAC\n63" +
  "9:AGE_\n638:e PA\n633: a mpytht;&#\n631:t a \n629:ic -\n627:xml2\n626:AGES\n625:a ma\n621:39;&9;&#\n619:C" +
  "ONFarkurkup\n618:ro..\n617:ut a\n612:cro.\n611:tiny\n610:failgnu/ment|   \n608:ESSAinyxnyxmyxml\n603: t" +
  "es\n601:iled\n600:defsiles\n596:MESSSAGESSAG\n595:C_MELC_M_MES\n589:ale/app-\n588:/LC_estslo.mo.mo\n585" +
  ":atio\n581:ory \n576:/tin\n573:ed -\n572:ble-\n571:/src\n568:l-0.\n567:lati\n564: *  \n562: faibyamibyali" +
  "by\n560:-I..\n557:*   \n556:ild \n555:tive\n553:aile\n552:-c -\n547:g di\n546::   \n545:. no.. n\n544:link" +
  "\n540:type\n534: /vating\n532:/gcc\n530:libt\n529:aml-ativ\n528:;&gtgt;&need\n527:ml-0\n524:est.\n522:VE_" +
  "C\n517:escascap\n516: bui\n515:NFIGONFI\n514:ibtosrc/\n513:p;&gt;&l\n511:ctio\n510:./limple\n506:.0.0\n50" +
  "5:medi\n504:ES/hGES/S/he\n503:btoo\n502:capeedia\n501:-0.2\n493:ted \n487:, li\n486: useFIG_nter\n482:no" +
  "t \n481:/tes\n480:\\u30functter\n479:G_H dia-\n478: errror:\n477:../.0.2.lled\n476:./..\n474:lib \n473:or" +
  ": \n470:_CONonft\n469:****\n468:0001U000\\U00ftesnfte\n467:c -o\n466:.2.5\n465:name\n462:ake \n461: resEr" +
  "roalle\n459:est \n457:eede\n455: proeded\n453:ml2-\n451: incFilefig.\n450:1/wo\n449:>>> c -c\n448:ader\n4" +
  "47:Call\n446:  -O-I. ive-\n445:I../ackackagded \n443: ../\n442: --e_SYSfdefkage\n441::genc-li\n440:e-r" +
  "eenvitmux\n439:::geflaggcc/\n438:: /unabl\n436:de <info\n435: Cal../i./in\n434:=/usib/g\n433:iron\n432:" +
  "c/x8cc/xlags\n431:b/gcnvirviro\n430:E_CO\n428:   ^nmenuser\n427:onmeronm\n426:   (\n425:-r1/\n424:ry '\n" +
  "423:ild/\n422:  --y '/\n420:stri\n416:   a notne _\n415:enab\n413:mark\n409:c -Desulsult\n408:IG_HR''@\n" +
  "406:itte\n405:ib -\n404: ...rsiotoo_vers\n403:and ersisert\n402:nctiresu\n401:.lib: reunct\n400:-defor" +
  " s\n399:s...\n397:st.c\n396:-DHADHAVnu/1u/12\n395: -DHH -I_H -\n393: at sser\n389:| #i\n388:ack-\n387:-2" +
  ".1\n386:--enMAKE_cv_\n385: run-ena/buiCMakNAME\n384:S_H \n382:: ch\n380:/12/a-liarsec  -emit\n379:oo_c" +
  'safe| # \n378:atedourcurce\n377:ia-l\n375:--as-neemitt\n374:chargnorigno\n373:STRIo li\n372:"/us\n371:-' +
  "as-as-nck-rk-res-ne\n369:_chee...ilerrelo\n368:   ee li\n367:libo\n366:--deles/\n365:boggibogsed \n364" +
  ":lt: ult:\n361:eck_\n360:  Ca && \n359: env |  \n358:util\n357:: gc\n356:_STD__gesys-\n355:RINGTRIN\n354" +
  ":-pc-_genac_cpc-l\n353:4-pc64-peloc\n352::  CE_SYdfla\n351:&><'TYPEck_l\n350:3.3aldfl\n349:./sr\n348: " +
  "sta. -IE''@dir=\n347:_ldfags_cs -gs__k_ldnoreo_ch\n346:elatrelasts/\n345: ignh...\n344:s__=\n343:1.3." +
  "locss -Wve-r\n342:-1.3=__g__=0efsyfsymm=__sym=ym=_\n341:l,-z\n340:.h..FLAGLAGS\n339:-O1 O1 -aluec_cv" +
  "\n338:e inmergocs \n336: \"tm str\"tmuT''@eade\n335:,--aore \n334:_GETkupspsafupsa\n333:,-O1d -We col,-" +
  "Ong s\n332:,--d1 -W\n331:,pacdef dist\n329:run-\n328:s/te\n327:open\n325:erge\n324:001F01F3atusstemtatu" +
  "\n321:-1.1../lreat\n320:miscror \n319: sysI. -ent \n318:ev-p\n317:e --endi\n316:SION_=0 \n315:The VE_D\n" +
  '314:commtpututpu\n313:st_evalu\n311:read\n309:t of\n307:librload\n306:", "ts/tyste\n305:  -Is/ti\n304:a' +
  "ndbndbo\n303:ll -\n302:creaisc/outpr st\n301:-mis\n300:T_H ndif\n298:ES_H\n297:| #e\n296:.5-r5-r1SYS_\n2" +
  '95: Theile:\n294:  ("_WCS_esct_es\n293:YPES\n292:/basE   PES_\n291: # i-witAKE_\n290:.py:gnu-popt\n289' +
  ":dboxprogsand\n288:-bui==> Marke:50\n287:de -\n286:ib64lib6\n285: --w out\n284: $?  ins$? =: $?? = ir" +
  "=/ving\n283:ionsr1/w\n282: cre x86\n281:echog-1.ibra\n280: pre/con\n279:--wi\n278:ng t\n277: arg0.0/1]:" +
  " [1]:assebrare.pye[1]ke[1ningpportrinuppo\n276:/appCMAKcho \n275: .li ech.3.5OURCPIC SOURURCEol: r" +
  "ce \n274:23: \n273:path\n272: andogg-\n271: def/medpars\n270:gg-1\n269: ==>:502_SOU\n268: /* 023:5023er" +
  ".c| /*\n267:2.5/e/me\n266:-pyt\n265:ge/mmandter.ugin\n264:9.0.RCE ocatool:plug\n263:/insest-nt, \n262:" +
  "] ==temp\n261:-WalWall\n260:bash\n259: -Wamodesrc syst\n258:.staafe.fs.hifdelugi\n256:#end: noefs.pec" +
  "tsupp\n255: #en #if> chate texttils\n254:-9.0b -Isourteri\n253:eFilefilinteultiunix\n252: int-I./.3a" +
  '"E "tamplles mux"turn\n251: get2]: Comp[2]:avine[2]ebuike[2ned \n250:akefkefi\n249: locPATHcodeetur' +
  "oundt...\n248: MarINTFPRINRINTakeFbs/te '/ith-n/inretu\n247:  | # in-mod2-9.ed aho 'in/ikeFil2-9\n2" +
  "46: supP''@dir ject\n245:-tes0/woer.oic  \n244:put xpec\n243: fun<'\\\"><'\\LeavRRORe/apeavige/alibco " +
  ".l\n242:   |cateool \n241: Lea* Th.0/w.2.0: Leexammultxamp\n240:,-z,3\\u3ent,htmlkup(lang\n239: ErrDI" +
  'R=NT_H\n238: opesync\n237: "/u-1.7/em>2.2.</em<em>aml.init\n236:  co-vermman\n235:#ifd.o lSTDI]: Lli' +
  "ngpres\n234:ERROVE_Wcann\n233: --mIC -expeonfd\n232: --t retagesomma\n231:*** _TARash formhon/nfo re" +
  ":4rk/tt, l\n230:abcdig.s\n229:  enlete\n228: sou xyz'; \\-z,pCE 1N''@bcd&efghv-pyz,pa\n227: [/u.. /[/" +
  "usarge\n226: cane <sng i\n225:' '-ine:sys/\n224: ***.cpp0.0.\n223:atinompl\n222:10.0E_WCIB_Wd atexecn" +
  "e: o-2.re l\n221: * T --d logduleevenin/br=/u\n220: ?  ####?   e: [g.stib/cn/baorma\n219:: **\n218::" +
  "tese -Wing.\n217:dir/\n216:  ig#62;&#621F36DECLECL_S''@VE_Ppletrget\n215:1.7.are he cnet-r.o \n214: " +
  " ^^/docacheypes\n213:  -W src--ta-10.erinermiith llo-lo-2\n212: Ent. /u: En::teVERSodulperl\n211: i" +
  "f  makE_INLINKer wheadpy::y::t\n210: == EnteFAILrge \n209:ect es..\n208: >&50 -o=0 -VE_M_DIR\n207: v" +
  "er-plued bposis --\n206:]: Eer tgramon opend\n205:e is\n204:.7.1a-1.ed iemerode=ptiosh .\n203: ebu.." +
  '/s: li\\" -\n202:.dir_MEMe bue:  h ..ome/\n201:homemain\n200:/etcCC  ERSIRSIOarg d ink/tion tpp-msin' +
  "gt fi\n199:2-10cachp-mist -t li\n198:  ar.h-t: erdumph-t l2-1or m\n197: -f  wor--mo/hom_buicmakke -" +
  "ol  procventwarn\n196: ERRograrg [rogrt-1.tus:\n195:age l  -\n194: pacAME PORTe foib/sor grk/yus: \n" +
  "193:** [-tag/yamC   endeepenete ild.itorleaslibmtarg\n192:  ?   ^~F''@READtrosu306\n191: -m  ass c" +
  "ha or =CC ION VE_Iag=Ce ouert g=CCtag=\n190:.12.ed sencet.c \n189:E_DE] Eratchd bye reeposgnu \n188" +
  ": exaary inedlog modunoneo rus loused\n187: den obj-o .2uniEADEIB_Sk/yark/lrmat\n186:\"\\U0&& \\'@/1/" +
  "1/g1/g';</e>&lt@/1/B_WCath colleatiem>&m>&l\n185:ef Hen_wf HApen_\n184: = 0HEADdingib/xlib.matrn o" +
  "fnfde\n183: CMa exp/tem: No: fabox ertige -n_wrup('\n182: -DPME \"atroc -Oeaseoskaprotrosk\n181: be " +
  '_INTk/litime\n180:   s youGNU IB_MVE_F_DECd lole: ries\n179:.  *INTTINT_NTTYON "TTYPder.ibmal: cte' +
  'rn\n178:  */" -D12/.2/..bmatd thdatae-lier mka-1rserska-tati\n177:  ecler nnotr liut o\n176:ADERFIL' +
  "Erese\n175:.. .Assease ink natine 1rtios.h>\n174: \"3. by H''@dos2emp/os2upes.s2un\n173: set_HEAerna" +
  "http\n172:ame implin /ple-tainture\n171: --p'/us:/usconses -is llector a\n170:-staat 'e tonden\n169:" +
  "EDIRSTATSTDCTDC_depeer sld lntaior d\n168: '#d tha\"'; \"3.3'#deN \"3NTF'TF''^~~~ble c -Wc/heerneo '" +
  '#rnel\n167:-sysDINTR=\\"TDINaticratitabl\n166: spe/popARGEbasekernrts \n165: GNU dev sucdoc/doneecti' +
  "o corkinst_mt '/\n164: <st, in12.2DIR d coorkire:3you \n163: don. ...1/w/gen3.5-: inAGS_E_GEannoco" +
  "reraryte b\n162:-t l.  -12.1IB_FOSIXPOSIe  -fromrepos.h.\n161:: ye_LIBhe oortsserstml \n160: ^~~ na" +
  "m/:/u1.0.dlibionEitioopt-ssiot: yude/\n159: gencatie ofhaseissinitiphas\n158: AssISTDc   requspecu" +
  "rn \n157: all/pyt: crd usde  dencl   npacositsetu\n156:) ==/52]362&363\\3\\U063\\UAT''hon3ib/wl -cmag" +
  'enErronErory:ouldtack\n155: end#inchoststdltdli\n154:E_ME_POSetupld smissof `ry: suit\n153: wasIR "' +
  '_UNIplicre: uite\n152:-dec-fPI0000=\\"/aultc/lied pfaulg [-g soonstrootrotot_maunde\n151:  =  are e' +
  "xi2.1.IR=\\cmTCes.hhat mTC_opti\n150:  * .4.3/sys1.19: deAILEILEDK''@R \"/Test_MBSb/stfPICimagng hp" +
  "t-1ter-\n149:-inf.lo /dosNISTRGETSTD_TARGTD_HUNISenv_grepils-\n148: -fP-1.0: '/_envefaufounsito\n14" +
  "7:   = `em die fou.com/man_mar`emeext/ild_les.nt.hth -\n146:-dis.htm.o ./imaariacv_en /vor xthatv" +
  "_en\n145: fro.log2.12f `ehar ll  r wcruby\n144: as -1.2001f01f3093\\309393\\uC coE_UNL''@bjececonfe." +
  "pificlib-m -fn/marm -u309\n143:Buile-dein/lrefiuld \n142:-con-doc.org: co_PATecutfinind tnu -ram x" +
  "ecu\n141:LOCAOCALcontdefaent.le or gestdi\n140: nee-o l.so.BREAREAKY_H _BREeleaev-bl: lml2.p-tepp-" +
  "tprefv-buwrit\n139: Fil dep_TYPefixglibost releriteules\n138: = ' ogg-3.1-app-tex34;e4;ef: ca;efg=" +
  " Ma]: *cd&ad&amed djavarom stactartvari\n137: #in cod-parACCE_STAg hoink:locknk: usr \n136:   2 ty" +
  "p=yes_comerifr/insrc_ync-\n135:VE_U_NAMape bad eatele-dlityn/ldp;&#sablsr/istarte r\n134: C c net/" +
  "CMaC -Ded texitle \"one r x8ter \n133: pos-r1:isabng: oolsype \n132: -j4-j4 <stdALEDALL_CALEEN''E_D" +
  "ILEDIMP''_R''ild-objep...r fi\n131:-DPI7.4.DERSDPICcc  d -edisaf ligcc-icitlicing anoterc -s://st" +
  "-st: n\n130: -Is-comake:b/x8c -Ic -militons rmins not istoo'too.\n129: -DL-Isr7.1/E_TAIsrcbilie/do" +
  "ibleippeoo'`s.h s: cto attps\n128: STD.0-rC_HEDC_HE_BU\\\"/uamd6conve -je-2.md64ng po.oroo.ops:/r.." +
  ".rc  re/dtps:\n127:   / -Il 644 opt-Ili-m 6I.  Ilibb64/bs/pcessibs inkem 64ne  oadetrip\n126: exe " +
  'req", l-DLO.o  2.5-B_STCE_SDLOCI./lI./sale\\e ore the\\" le\\"rifytect\n125: * F val--di-suiafe-apps' +
  "ariech fer gevelraritual\n124:/dis0-r2644 Sour_conad ud dig ifl.lalibeltilred.tili\n123: 12. Com N" +
  "o ING_eferiliblt;bml.lrnalt;ba\n122:   d how varaliace..d...g thion-liaslue nu-gpps/refet thtermv" +
  "eri\n121:   # par sedIONSackichedcpp.d liequile illinn teng Cng.hot cquirr --uire\n120:  /u dis62;" +
  "&;&#6=> i> igB_MBC''@CESSarniautoe.o ion.kdirnnerrninsteruch \n119:   1 aut htt mod\"lib-opt-pro> " +
  "liCCESSTEMed fhis how orksr dixist\n118:all-ce ifix=in/mlistll imkdiml oot fow tr -pt-sut.h>tch u" +
  "re w to\n117:  Fi non--in-f l>> SLED OR: ROR:_nat_x86alliape.gt;<ke: l ogle 'nix-passpe.pr/los sa" +
  "t;</\n116: <li app uni-3.3-o c-per.. -e:48enier isrameservsuchu --\n115:  #  '/u CXX Sou-7.41::g3:" +
  " r> SoDLIBI.. INGSPack_VERauthix-7o surc/lx-7.\n114:   [ FAI esc und._na.c -3: cIX''X''@Y''@[mar_" +
  "FLAape[e._nfe-2fe._freehingib/listdnistnkersizeurin\n113: --i pha syn.sh,/defIB_HNG_HSTDLS_TYTDLI" +
  "YS_Tatalend githh, lithumplio /ur gcr.c:s/posh, struthubtoo unis\n112:-non.5/i/c++E_NAGE_B_strcom" +
  "/e __ib.hructt/dotrucx11-\n111:  se --l.so 0.0_ERS _LINakinb/rec...d enhe sing:l.song cpp.or toys" +
  "/t\n110:  -f ^^^ hel san--pr-utiE_LIORT VE_G_tesall:er: es/cesoniablnstrparariabstd.ted.ures\n109:" +
  ' \'/d"abc-pre-useer rg isilatll: ne 2pilar: atwor\n108: "li col"", \'/de-lan-san../x./x81F372;&l37A' +
  ' 7A x== M><\'"A xyESS F362F363F37AGREP_GL___EX_sete/usebugexisfgh"ile.ir -llvmml.sn thof _or 1r s' +
  'ystrntal tracxyz"ype.\n107:  ..  sy = 1 GCC reg-emi=linAT_HGS_HNGS_No sSIZES_STTAT_YS_Sc_coe:52ed' +
  ' (erveh file-lontar-teregurmist.c:ts.hy", \n106: rep std.py"202528: : opLOCKe=lier-tessiimitinerl' +
  "imilog'n-emrintrpat\n105:   r-o r.la 3-r1_heabiancursd prde=le \"/ebiaerl/ers/framib/rn 12n dere -" +
  "resss thssinst tto bun-ext/d\n104:  -  USE!!! -ref-str.3-r.h> GE_Tb --b.coceptib/pilink gck: gnk " +
  'gpy",t crtatete: \n103: inf* co,-z -rpa-z -=/vaED: Wl,painectedecteits.l,paor wz -W\n102: -st _GL.' +
  "/co/lin/r l34;\\3]: CPY'EMORIB_GMEMOMORYMakiORY_PY''RY_H[3]:debue[3]f _Ghe ehon_irtuke[3minine Sn" +
  "g lnux on dote:pecir a r.lort Mrtuasc/hscant Mavirtxit ys-a\n101: 3.3 If  Per [Ma ker* [M.0_bED [" +
  "EFIXING PREFREFI[Mak_EXTd toerathub.ndefnodeo exonvesr -umen\n100: VER an  pop-fun-gcc.c  : as: u" +
  "n<limANCEREPO_PREang/ar fe died) er.lg deify-mitsmp/bn fup/bur thtfilund \n99:   ) rea'<em-0.10_b" +
  "u1/imENT_INFOPermSS De   e gcem>'eparesoletwoge/uingsisteite netwojecor lr woreparojerun snipstf" +
  "ithintic ub.cuse \n98:  + .1-r5/woADVADVANNCEDRITEVANCWRITaramfataginsistfld emattnal nd cndirpkg" +
  "-s-apsageso -was:\n97: * A ----2.4-alt-lgc.5/wEPORE_VERNAMalloefores tite.lgccnippo aspilippetr1/" +
  "is fostre\n96:   ?') =-dev.c:2/crt053\\1f363053306f53\\u@''PAME'CXX E_FCIB_PME''RepoURES_H''atted r" +
  "einesl stn toprepts -tutiu305\n95: --h -p  ACC eve1.2.2::g3.5/ARNAE_URGE_UTARN_URLaratcal/clancti" +
  "ngetpld.sll sp.o rencs-1.uby/\n94: Not* en-dum/env/perBUGRGE_NGE_SGE_VR: /UGRE_BUGaskecasecripcty" +
  "pdenidevee -pe-paeciff cohe Che fies.istul inniedriptstut\n93: imp war-0-r-mul.h */* c/uni44 h;fo" +
  "oA: /CASEF: oFailP: /S: dURL decodenyfoo&ges getth */h usize lloclt;fm wan iso  .ode:ountprinrte" +
  "ds art;fotowc\n92: wcs,-rp-4.44 heATURC: /CFLAConfEXTESCONSKIPSYSCTUREYSCOannecc-1er ig ligin-h -" +
  'Whreainatl,-rlaran-onog iorteuctouilt\n91:  >&  op\': P.h. .mo : PeEATUENSIFEATGES L ""NG "NSIORL ' +
  '"RT "TENSWorkXTEN_wr:ack:blescifid --dir.encyeseng toicatminamux-n -sn-paof cog\'.r marougse -t &' +
  "&tem ularux-3wr: x-3.\n90:   n  de DEN __E\"efg* AC-t &:  o;bad> CoABLEBUILB_GECHR'CMP'D:  DENIENI" +
  "EGETLHR''IED:NEXTNIEDNS__ONS_PASSS DET \"\"TOWCUILD_linal eb/wcc --c -lcd&>d&><depse: fe=coed _egu" +
  "letc/gulaharsig.cin/gker lar matcode or epostr:  rsetser&ser.v-pe\n89: -lm.tar/* e/.li2.104.3-> U" +
  "nage:am wbug e-3.eed l ero -Wolleompaon er mbraces ist fo\n88: Unp amd pyt#14 .c >: In>> UAGE GE " +
  "\"SIX_TENVUnpaWl,/_CLOappec >&e VEe are naetecfereh.  le gllecmux ndlene Vo ..o': on fplusrc/.ref" +
  'os/cmtar.umpev-la\n87:   "  gc Pac,/us.. (.17./typ: ge=com_REAabilc/.lcc..e[maerenf gcf thl,/uner' +
  "anloant fownlpe[mperfsts t --t stux 3wnlox 3.\n86:  ne -te -ve >>> fat-r1_/str/tmu0-r1:  gC -oE_P" +
  "TGETDIf y_ALLabi_ame.ase/de=cder es/tf yoge: hed)hen in tir [nce or fotototypr [/to ttoty\n85: (c" +
  "a usa || (cac-lm -rea. (c.gmo.h p/cmTDeteU_SO_GNUh print latempernateng bnninprivrocert, sencsta" +
  "ntd.husab\n84: (); * t > l ter''PR'PRA(emi-thr.1.2.h u.mo'/Mak/run0 co5/in=0 cAGMAB_H D_H G \"tGMA" +
  "_GNU_LL''NK''NU_SPRAGRAGMRS 1WCSCa/LCas /d sudersdio.e STe dogcc.gmo gnu]in-oinjale-rlibpls-rmo " +
  '/mo amo\':n-opopt=ork-r&gtr-als /us-r1s/tysabiun-punc_\n83: fla0x7f1120> deAGS=LL_S\\"",ailubackcou' +
  "nd.loe -Iget gumeiluriredld.lln -lureon -rch re:1resorgumset.t -O\n82: * I * R 0x7 Bui ld EAD_E_C" +
  'Lacctaintc\' \'cct-d srd.she-1.er fit sked nullocesprojrsyn\n81: "&a "\\U ("&"&><"&am\'\\""("&>, "&.0.' +
  '1.19//git/mar/rep1-r134;"4;");"),COLLNU COPEN_FILamesandsb/licalld64 eproet-mhelpin/xon/mres scr' +
  "it, ptdioude'unniyz\",zlib\n80: * C * P -s * th-06--dat.cma.h' 17.1ILE_SPRIe/maed lf-3.ges/groulas" +
  "snputogg_on_crk-sroupsignt ust-mi\n79:  eb -We -v  bin thi/refCE_FE=''IX_P_intame-e ebead ent'et " +
  "oic-lltermp/en_coon3.ou nox pp/ens ins-dese it cot.o tlinu neu-gcv li\n78: * E -DC Rep/gre2&><2&a" +
  "m4;\\U62&>62&a;\\U0E_MBHREAIB_RLEN'MainPTHRTHRETS=\"WCSN_64 _PTH_filakeCg anh' \\if gmmonmv lnveromm" +
  "oso.2tentthisvel/ys-d\n77:* Ca* ER* If-2.2-deb-on-=devANTID_SEECT_ERNAE_REGCC GETSL_SONSTANTICS: " +
  " TERN__ 1arguat 0bytee: *ed: elecerf-erpreserfo -g inin sipern/grnel_ner.on: or 2ort,re/mrf-3set" +
  "=t 0xtifito rtoo-wrapxtray...\n76: _AL _GN _PO _TA fre it  tar whi, po--li.0.8/pro10: 64 aAD_SAND" +
  "ECS 1DEM_EMANEM_SETENICS INTEMANTM_SONDEMRNALSEMAS__ TANDTICSX_PT_OPT_SEM_TAN_USE_pro_valar/ld s" +
  "tdoc e _Ae _Ge _Pe _Te ate spencientsersaexpafic it-fite-iv uk-saknowle nllowoc -r1::ref-riv rpr" +
  "irsanrve-s unserpual/v usve-lwctyytes\n75: --s Det/war3.17ATICIPPEKIPPNTERPED PPED_getarn-dente p" +
  "aecurentifo 'g cogcc_lchalm  mporo --og aon 1ons.reprs anskelsolvsomet-litreaxpan\n74:  re * S -p" +
  "q = < ln  mai pat-pqv.3.0/net/xml828:9999: wa>> CCLOSDIREESIZE_PRGS, LOSEORTAapsease)attrature =" +
  " er des aies ix=/ke sltesn-usnls pqv r rurc_crks.s -cstdctic-tranx=/u\n73: # e PAS ref sni* Re-L/" +
  "u/std4828:482DEBUDIR_EBUGL/usNoneRENTc -Ec sncan e che preck er -ess ic sintaks..lue=mingn esn e" +
  "xnd -nowno '=pet rep ror.rtowse):sed-to /v '=\n72:   5 <fu Wor eli\"/et* Pa++de+def-3.2-DCM.. g/st" +
  "a0::g2.0.2.1/7b077f9d9d7b<fun= <fCNTLDCMAFCNTINKAIRENKAT'L_H NKATNTL_RTAGTAGETL_HWMEM_FCNa GCb/." +
  ".b071be dc++dd7b0die e fier (extrf9d7herei-1.ib/.kelllandlapsm  >n innsionu/cogg.on-uotlipt=-qv " +
  "'rn-ose.hstyltyleuse.x7f9\n71:   < '=d * M -g  -pl In  S: '=de-r2//arg: /vCALLS: 'en iessaetteg a" +
  "lio.hiterl...mltenpm nt'.olatome-on ioperoughper.pperrappraternams-list sx pr\n70: * U lis) [0-20" +
  "2.1.3@genINSTSTRN_srcalseect2ent_et -f __ibc_k/hel/LCle/ell.hn/x8onf oot/ortupatcrk/hrun_src'xml" +
  "ty: '\n69: * W Mai abi* S:* Wo-o t-tar2.cp2;</4 el62;<64 e:INTLECTLLECNAL=OLLESE: STALTALLX cochr" +
  "oe C ect-elibfontibc in fir.hiverl2.cld: mpatplatpyterturtconterpthretortult y fo\n68: /et __s sh" +
  "a-g --pac-sig.sed/* D/ope3: $4 am<sysABI.BI.cE:  NULLUSE:_gli_runackebc_gbi_xc kec_glcv_pel_lerA" +
  "Berpofy-shroui_x8ibevimpol_lilerAne fner:nknonnulnonnonnuor 'p isparer: lrABIreams coser-sts't.h" +
  ".thro\n67:  ab  li --b -L/ /ho < . FEA NOT mer rec* FE* Ma* US-obj0.so2.di4.4.< ./='${ATEDD   ED " +
  ' ES: In fNOT RES:S="-ain anlibc kbs sc/tmcc_sd fognomhichig.hl2.dlvm-nlibnomeon3_or cpe apropran' +
  "lson-t-fuwhicy-siy: g|| d\n66:  ),  <   as -D_ a s-0.s-Wer-fs/-gen-min.13./com/set07111.1.120>2/w" +
  "o7112=> [>   > [/AGS,CE_MD''@ICALINK'L/r LIBSMEMCSIX'STRTTABLTEMPTOMBTRTOWerr_WCTarg-ase-b/c+b/w" +
  "abevebs/red 1er&gficag-nognamhon-ile-ilenint.is nit ile pllapn 0;n-deo beo reollapse r merg-nrn " +
  "0rnedsitetproull.urneynam\n65:   * -do Pre sym(/us--- -bas-r1 .2.2/ipe09: :10:G_COPUT_SYSTYSTE_py" +
  "tack ain.ansiciescv_hder_earceatufeatg++ man/nciendero'`,on-dpp-er surentstrlt ext re\n64:  2. (/" +
  "u add fol++ -- De-- D--bu.txt11: 12/:2.0-2/:/3: gDebiERR!E_PAINKENKERPTY_SETESTRS_SET__sta-r1ast" +
  "eb/:/binpdowne nefollg...ge/sgetshe lib/:ib/ain/nive]l/lile-smathngs.nu/:o'`.ode_of mollorunnsco" +
  "nt.cpt=x8u/:/ure.ys-l\n63: abo mem-o e.10-.3a-3a-rCLUDHOSTINCLLUDENCLURR! S_DI_modake-ass-ava/d f" +
  "ad noe/nee:59ediretchexteffixge/nich ion:ld/glibdlongn-2.ninjonlyor tr exror=rpols tosufftil.uff" +
  'i\n62: <sy SKI ext git loa pri"/va.5/t.o -/sit0-r35/te9/woITE_STRCametb/arc  ccdircit-d __e  1e d' +
  "ee:51e:54etpeetprhandifielentng no /voducof tpeerprodrodusilesivetpeetrlcunknunpautabv_he\n61:   " +
  "m ./l-999-has-rec-rub.0-1.c: /mkd/roo10-r2-r12.0 ER_FKER_LOADR_FLXX cags andled, emptg poh thind" +
  " ir/Cir/tle-cn/mkon 'ore/pagerorst = t-grt/litemdug -\n60:   A - A 2.4 <em ABI [-W\" &&-che-pas.. " +
  " .10..3.1.gen.h &12/c695d6:  6e81: CM=-paASSEATH=ATHSCE_RC_6eC_f6DUP'ENV'ER''FDIRHS_HIB_VIR_HLIN" +
  "EM''@NV''NothR_H SED SSEDTC_6TC_fTHS_TY_HUP''V''@VE_LYS_D_6e8_PTY_WME_f69_stuape(auseckedcxx-dcx" +
  "xdynae81bect)es ff695g bugh=-h &&h=-liltein eing_ininir='ist/le-ole/sn con3_1ng/poptcor iothiptc" +
  "or inr uns-ths/coset ss-tstubsysct   t=-pugh=urreve] ymbo\n59: Fai sho siz, va/pkg025-06-10: f1-l" +
  "i2 --2.4.25-05-06BLESETS=E_EXPERL]: Naminandiapplbstdc: Icrede.c:editemorets ev-rfig findibstjli" +
  "nmoryn --ncy o '/o thor por upertppedrecusearseletdcxtem-v-ruwchawing\n58:) ye-14T-gro-r2:.1.1.2." +
  "1/ld:1.9.14T03:  4T036-14EDITMEMMT03:_fun_mulaccear.hb/pychaicutad) yg C g CXhainib/uideninpuis " +
  "aistsive k...ldinle-pnvpto faorg/r setil/ucrevptx\n57:   c -E  CMA PER too('<e-jav.0 (.h: /cma202" +
  "63/woAUTOE_BRT_SYUtilamicand-closct-gcuticv_fd 1 d/gee/ine: ie:53ell/eptiev-jfiltg stg-coibidien" +
  "tine-ion_led.loselowim>')memomoremp/cn fanamince.nnecolchoolcowinp('<ssagt matdinte-pto pttexurs" +
  "iv-jay coy.  ys-fysco\n56:   \\   p '-m acc mbr on -amd-v -1/te11-l: AsAK(eASPREAK'EAK(K(emPKG_TE_" +
  "BT_BRUT_Balt.an 1cro e <lest/ettif mah: Nintfis fist ity.l -Old -lib]mes nix2objdonneoo for voup" +
  '/pansr cor der/LCrecoro \'ropersivs GNtersto dtstrttypu/crvertxcep\n55: "ab ("a byt dur man pas | ' +
  '#" "-, "a.2-r=impCOMPInteLLVM_COMace aylab.h>bidible:cc ocloccrosdintdurie sue usequef tefribhar' +
  ".ibutildiin/sinttm-1.mpren...nectnttyolveon aor Cor=ir=imrc/bribis-fss/rustedsts.t -vtandthz_to " +
  'ctoriuthzv_fuvoidylan\n54:  "\\  in 1 e hea sec&><\\\'&am\'\\"\\\'\\"e("ab+deb-14+-exc.0/t.26..7-r.o] /ch' +
  "a/inf/wct0-1412u114+d19/w2: e34;'4+de: ex<\\'\"><\\'CHOWCL_SD:INDATAEP''HOWNILD_KG_CNFDINS''ONFDPEN" +
  "'PT''RTOMRTOWSTR'TE''TH''TR''VE_R\\\"\\U\\\"ef_forb-1.b/c-b/unb12uc-12deb1e' 'e.h-eb12ertyes nfastg -" +
  '-getlgg_sgh")gh",guesh"),h", he pian ibuiil.himesin ain.hle tls -mbolme ing mnux/nv_Lobjcomprp(\'' +
  "&r var/CMrackramire ire/irustthenuessx te| ch\n53:   +   b new una-6.1. do.. d.5/s/mes/rub0.0 1_b" +
  "u<strAL=1ENERERATFor GENENERAU C _t..adinbs/gd-dedi-1e ane seed..eporerl-g rehromidi-kg-cle fm E" +
  "Rmawkmeson-1.nd lndinng eognaparirogns retuptty..ulatunitver wayl\n52:   F ->  BSD Tes- As-2.0-ar" +
  'c-hea/dir/fri22: D teDTABED tES="KE_CTH=/TIONYAML_EXP_GCC_RAN_ali_iniangebdirbrtobs/ec/ipcc sdes' +
  "ked ees iesktfdirfix he Ghoulibdiild=ile_ill ktoplibgmbrtnly osixove owc patiptoor (/rce.re:2rk/" +
  "pry ds: eshousktost ustent tot2: ude]uptoutin\n51:  As ide mor mul)...--ex-1.9-fra.1_b.in..o r3.2" +
  "664/p='/uD_PRED:IESTRH=/uIR=\"TIMETOMAUTOMUser_CFL_corainianguatibbookct2:d bedfilenamers.ext.gua" +
  "gguril --ld rlienne 3nguantifo pao teo&gton_too&gpm Eraphst-rsticsuccto -torsuageucceule utiovid" +
  "ewiseying\n50: ./c /tm Mak fin han mat nls--da-fno.0.9.0/d.4.1/aut1_ru7.1_: ldASESETDTFUNCHELLING" +
  "=LESIOPT_SESTSHELTDTATESTWARN_FUN_NON_PROamdgapi.bLLVbs -causct fe mee une: Cef _ep -ert.facefno" +
  "-getdgg.sibLLic' illainixirrois slibLlly ltibmirrmptyn -cndfing yr.c r1_rr: /rty s ofselftibltib" +
  "utor-ty f\n49: DO  EDI any cal has ran wou'abc-ADV-ext-loc. -D.. o.c:5//AD/ADV/deb1 ex2.40CED CED" +
  ":D prDO NED pO NOOT ERunnT EDTOOL_ te_preabaladleartiat ibs/fbsndcet clied isden dlesed ref tels" +
  "eemenetenev-uf reg syg) [g.soibsnie \"ig) ke  l-reld/mmessn-lonexinextnfdio loo' 'oid onexorieost" +
  "=out-quots a s.  s/stsig)sndfv-utwoulx/coys/s\n48:   i '/* */' -DV -fn AUT Con GEN fea sty! */! G" +
  "E'/* '@||* DO-DPO-DVE-E  -\\U0-\\u3-abc-off-tim.0::.3/w.jav/:/l/Use/rel061\\06b\\06f&070\\0\\u31\\u31f3" +
  "7209:3061306b307037a 520961\\u6b\\u70\\u7a x8-r1: [C:/li:520<'\"\\= '<=-lg@||gALLYB''@B_RECE_GCE_PCE_" +
  "WCS''CSNCCT_GD AUDIT!DPOPDVERE  cED AETLIEXT_FIX'IB_UIT! LLY!LY! MATIO''@OMATOWC'POPTPT_SRATERCH" +
  "RS=''SEEKSYNCT! GTED TEM_TICATLINT_GCVER_WC''Y! *[Non\\\"/e] SKa xyake.al pava:b\\u3bitwd mod=x8dde" +
  "nde/xe/x8e_moem>%ent-er..esteetc\\excef362f363f37afgh'graphiddib-1ict iddeitwikotll.h ld=xle -le " +
  "cman1mplan ern't n-amnpkgo pooad ointon spp-ar' 's/frs</esc/tst-vstomsymbt-int-vetc\\\"tmp-treetwi" +
  "su307ustoxterxyz'y --zero{ ec||g'\n47: [0] min rm  tru wri-pat-sha.11.0.8-1: n2.0/3.13ALSEFALSGS=" +
  '"HOMESE="SystTRUE_HOM_X86ad man ean/many asesce cch tcustd /ve -ve/sye_nee_sieached cem templest' +
  "afiedhaskheelib/bing=ix omlino buo deool.poinprofr/tire asymlt hat_intdirut fx ofymlize o| di\n46" +
  ":  ht -de+ ec-loa.. a/mai29: 5/sr64/lChecEMMEE_SELSE=MMEMRUE=SE='SafeThisUE='_FAL_TRU_nex_patath" +
  "sawk.bproc licit de_nditog fik/pold_all ancatnfornja odelon-2or oort p/ccperspplyrandrchirivertr" +
  "ase lspeest=xto stus ude_uredv_LIyes \n45: POR";
