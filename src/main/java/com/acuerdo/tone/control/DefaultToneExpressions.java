package com.acuerdo.tone.control;

import static com.acuerdo.tone.entity.ToneCategory.DECEPTION;
import static com.acuerdo.tone.entity.ToneCategory.HUMILIATION;
import static com.acuerdo.tone.entity.ToneCategory.INSULT;
import static com.acuerdo.tone.entity.ToneCategory.THIRD_PARTY_DISCLOSURE;
import static com.acuerdo.tone.entity.ToneCategory.THREAT;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.tone.entity.ToneCategory;
import com.acuerdo.tone.entity.ToneExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tone list a new installation starts with; compliance maintains it as data afterwards. Plural
 * and gender endings, accents and case need no entries of their own (the matcher folds them); verb
 * forms do. {@code *} stands for up to two words. Expressions that are also ordinary words in a
 * courteous text are listed only inside a phrase ("embargo inmediato", never "embargo", which would
 * hit "sin embargo").
 */
public final class DefaultToneExpressions {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    private static final Object[][] SPANISH = {
        // threats: jail, arrest, seizure, harm
        {THREAT, "cárcel"},
        {THREAT, "prisión"},
        {THREAT, "preso"},
        {THREAT, "tras las rejas"},
        {THREAT, "arresto"},
        {THREAT, "arrestar"},
        {THREAT, "arrestado"},
        {THREAT, "será detenido"},
        {THREAT, "lo van a detener"},
        {THREAT, "embargaremos"},
        {THREAT, "vamos a embargar"},
        {THREAT, "embargar sus bienes"},
        {THREAT, "embargo de sus bienes"},
        {THREAT, "embargo de su sueldo"},
        {THREAT, "embargo de su salario"},
        {THREAT, "quitarle su casa"},
        {THREAT, "le quitaremos"},
        {THREAT, "perderá su casa"},
        {THREAT, "perderá su trabajo"},
        {THREAT, "quitarle a sus hijos"},
        {THREAT, "demandar"},
        {THREAT, "demandaremos"},
        {THREAT, "será demandado"},
        {THREAT, "se va a arrepentir"},
        {THREAT, "sabemos dónde vive"},
        {THREAT, "sabemos dónde trabaja"},
        {THREAT, "deportado"},
        {THREAT, "deportación"},
        // deception: fake court, police and legal language, false consequences
        {DECEPTION, "orden de captura"},
        {DECEPTION, "orden de arresto"},
        {DECEPTION, "orden de detención"},
        {DECEPTION, "embargo inmediato"},
        {DECEPTION, "demanda penal"},
        {DECEPTION, "denuncia penal"},
        {DECEPTION, "proceso penal"},
        {DECEPTION, "antecedentes penales"},
        {DECEPTION, "es un delito"},
        {DECEPTION, "cometiendo un delito"},
        {DECEPTION, "policía"},
        {DECEPTION, "fiscalía"},
        {DECEPTION, "ministerio público"},
        {DECEPTION, "orden judicial"},
        {DECEPTION, "citación judicial"},
        {DECEPTION, "notificación judicial"},
        {DECEPTION, "del juzgado"},
        {DECEPTION, "juicio en su contra"},
        {DECEPTION, "ya fue demandado"},
        {DECEPTION, "demanda * presentada"},
        {DECEPTION, "ya existe una demanda"},
        {DECEPTION, "nunca más tendrá crédito"},
        {DECEPTION, "perderá su visa"},
        // telling others
        {THIRD_PARTY_DISCLOSURE, "publicaremos * deuda"},
        {THIRD_PARTY_DISCLOSURE, "publicar * deuda"},
        {THIRD_PARTY_DISCLOSURE, "publicaremos * foto"},
        {THIRD_PARTY_DISCLOSURE, "publicar * foto"},
        {THIRD_PARTY_DISCLOSURE, "exhibiremos"},
        {THIRD_PARTY_DISCLOSURE, "exhibirlo"},
        {THIRD_PARTY_DISCLOSURE, "lista de morosos"},
        {THIRD_PARTY_DISCLOSURE, "lista negra"},
        {THIRD_PARTY_DISCLOSURE, "avisaremos * empleador"},
        {THIRD_PARTY_DISCLOSURE, "informaremos * empleador"},
        {THIRD_PARTY_DISCLOSURE, "llamaremos * empleador"},
        {THIRD_PARTY_DISCLOSURE, "contactaremos * empleador"},
        {THIRD_PARTY_DISCLOSURE, "su jefe"},
        {THIRD_PARTY_DISCLOSURE, "llamaremos * trabajo"},
        {THIRD_PARTY_DISCLOSURE, "visitaremos * trabajo"},
        {THIRD_PARTY_DISCLOSURE, "avisaremos * familia"},
        {THIRD_PARTY_DISCLOSURE, "llamaremos * familia"},
        {THIRD_PARTY_DISCLOSURE, "contaremos * familia"},
        {THIRD_PARTY_DISCLOSURE, "su familia sabrá"},
        {THIRD_PARTY_DISCLOSURE, "su familia se enterará"},
        {THIRD_PARTY_DISCLOSURE, "sus vecinos"},
        {THIRD_PARTY_DISCLOSURE, "sus referencias"},
        {THIRD_PARTY_DISCLOSURE, "todos sabrán"},
        {THIRD_PARTY_DISCLOSURE, "se enterarán todos"},
        // insults
        {INSULT, "sinvergüenza"},
        {INSULT, "ladrón"},
        {INSULT, "estafador"},
        {INSULT, "ratero"},
        {INSULT, "mentiroso"},
        {INSULT, "tramposo"},
        {INSULT, "idiota"},
        {INSULT, "estúpido"},
        {INSULT, "imbécil"},
        {INSULT, "inútil"},
        {INSULT, "desgraciado"},
        {INSULT, "maldito"},
        {INSULT, "basura"},
        {INSULT, "aprovechado"},
        // humiliation
        {HUMILIATION, "irresponsable"},
        {HUMILIATION, "muerto de hambre"},
        {HUMILIATION, "pobretón"},
        {HUMILIATION, "deudor moroso"},
        {HUMILIATION, "no tiene palabra"},
        {HUMILIATION, "debería darle vergüenza"},
        {HUMILIATION, "qué vergüenza"},
        {HUMILIATION, "es una vergüenza"},
        {HUMILIATION, "no sirve para nada"},
    };

    private static final Object[][] ENGLISH = {
        // threats
        {THREAT, "jail"},
        {THREAT, "prison"},
        {THREAT, "imprisoned"},
        {THREAT, "behind bars"},
        {THREAT, "locked up"},
        {THREAT, "arrest"},
        {THREAT, "arrested"},
        {THREAT, "sue you"},
        {THREAT, "we will sue"},
        {THREAT, "sued"},
        {THREAT, "press charges"},
        {THREAT, "prosecute"},
        {THREAT, "prosecuted"},
        {THREAT, "seize your"},
        {THREAT, "take your house"},
        {THREAT, "take your car"},
        {THREAT, "take your children"},
        {THREAT, "garnish"},
        {THREAT, "lose your job"},
        {THREAT, "you will regret"},
        {THREAT, "we know where you live"},
        {THREAT, "we know where you work"},
        {THREAT, "deported"},
        {THREAT, "deportation"},
        // deception
        {DECEPTION, "arrest warrant"},
        {DECEPTION, "warrant for your arrest"},
        {DECEPTION, "lawsuit has been filed"},
        {DECEPTION, "filed a lawsuit"},
        {DECEPTION, "criminal charges"},
        {DECEPTION, "criminal case"},
        {DECEPTION, "criminal complaint"},
        {DECEPTION, "criminal record"},
        {DECEPTION, "it is a crime"},
        {DECEPTION, "police"},
        {DECEPTION, "sheriff"},
        {DECEPTION, "court order"},
        {DECEPTION, "court summons"},
        {DECEPTION, "you have been served"},
        {DECEPTION, "federal agent"},
        {DECEPTION, "immediate seizure"},
        {DECEPTION, "never get credit again"},
        {DECEPTION, "lose your visa"},
        // telling others
        {THIRD_PARTY_DISCLOSURE, "publish * debt"},
        {THIRD_PARTY_DISCLOSURE, "publish * name"},
        {THIRD_PARTY_DISCLOSURE, "publish * photo"},
        {THIRD_PARTY_DISCLOSURE, "post * photo"},
        {THIRD_PARTY_DISCLOSURE, "shame list"},
        {THIRD_PARTY_DISCLOSURE, "debtors list"},
        {THIRD_PARTY_DISCLOSURE, "blacklist"},
        {THIRD_PARTY_DISCLOSURE, "tell your employer"},
        {THIRD_PARTY_DISCLOSURE, "call your employer"},
        {THIRD_PARTY_DISCLOSURE, "contact your employer"},
        {THIRD_PARTY_DISCLOSURE, "notify your employer"},
        {THIRD_PARTY_DISCLOSURE, "your boss"},
        {THIRD_PARTY_DISCLOSURE, "your coworkers"},
        {THIRD_PARTY_DISCLOSURE, "your colleagues"},
        {THIRD_PARTY_DISCLOSURE, "tell your family"},
        {THIRD_PARTY_DISCLOSURE, "call your family"},
        {THIRD_PARTY_DISCLOSURE, "your neighbors"},
        {THIRD_PARTY_DISCLOSURE, "your neighbours"},
        {THIRD_PARTY_DISCLOSURE, "your references"},
        {THIRD_PARTY_DISCLOSURE, "everyone will know"},
        // insults
        {INSULT, "deadbeat"},
        {INSULT, "loser"},
        {INSULT, "thief"},
        {INSULT, "thieves"},
        {INSULT, "liar"},
        {INSULT, "crook"},
        {INSULT, "scammer"},
        {INSULT, "idiot"},
        {INSULT, "stupid"},
        {INSULT, "moron"},
        {INSULT, "imbecile"},
        {INSULT, "scum"},
        {INSULT, "freeloader"},
        // humiliation
        {HUMILIATION, "worthless"},
        {HUMILIATION, "useless"},
        {HUMILIATION, "pathetic"},
        {HUMILIATION, "irresponsible"},
        {HUMILIATION, "shame on you"},
        {HUMILIATION, "you should be ashamed"},
        {HUMILIATION, "disgrace"},
        {HUMILIATION, "good for nothing"},
    };

    private DefaultToneExpressions() {}

    public static List<ToneRule> rules() {
        var rules = new ArrayList<ToneRule>();
        add(rules, Language.ES, SPANISH);
        add(rules, Language.EN, ENGLISH);
        return List.copyOf(rules);
    }

    public static List<ToneExpression> all() {
        return rules().stream()
                .map(rule -> new ToneExpression(rule.language(), rule.expression(), rule.category(), EFFECTIVE_FROM))
                .toList();
    }

    private static void add(List<ToneRule> rules, Language language, Object[][] table) {
        for (var row : table) {
            rules.add(new ToneRule(language, (String) row[1], (ToneCategory) row[0]));
        }
    }
}
