//! Boilerplate phrases in English, German, French and Spanish, one group per
//! concept. A group is a case-insensitive regex; `whole` groups describe the
//! entire block (a short line such as "Advertisement"), the others may occur
//! anywhere in it (a tip-line at the end of a paragraph).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasickBuilder, MatchKind};

use super::Concept;
use crate::literals::Literals;
use crate::pattern::{Engine, Matcher};

/// How sure a phrase makes us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// The block is boilerplate whatever its shape.
    Strong,
    /// Boilerplate unless the block is clearly article prose.
    Weak,
}

/// One phrase group that matched a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseHit {
    /// What the phrase is about.
    pub concept: Concept,
    /// The group's name for reasons, e.g. `most-read`.
    pub name: &'static str,
    /// How sure the phrase makes us.
    pub strength: Strength,
    /// The phrase ends the article: what follows is boilerplate too
    /// (boilerpipe's terminating blocks).
    pub terminates: bool,
}

struct Group {
    hit: PhraseHit,
    /// Longest block (in words) the group is tried on.
    max_words: usize,
    pattern: &'static str,
}

const fn group(
    concept: Concept,
    name: &'static str,
    strength: Strength,
    terminates: bool,
    max_words: usize,
    pattern: &'static str,
) -> Group {
    Group {
        hit: PhraseHit {
            concept,
            name,
            strength,
            terminates,
        },
        max_words,
        pattern,
    }
}

use Strength::{Strong, Weak};

const GROUPS: &[Group] = &[
    group(
        Concept::Popular,
        "most-read",
        Strong,
        false,
        8,
        r"^\W*what\s+(?:others|other\s+readers|people|readers|everyone)\s+(?:are|is)\s+(?:reading|watching)(?:\s+(?:now|today|right\s+now))?\W*$|^\W*(?:(?:the\s+)?most[\s-]+(?:read|popular|viewed|shared|commented|emailed|watched|recent)|trending(?:\s+(?:now|stories|news|articles|topics|today))?|popular\s+(?:now|stories|articles|posts|today|on)|top\s+(?:stories|articles|news|reads)|editor'?s'?\s+picks|(?:most\s+)?recent\s+(?:posts|articles|stories|news)|(?:the\s+)?latest\s+(?:posts|articles|stories|news|blogs?|blog\s+posts)|popular\s+posts|meistgelesen|am\s+meisten\s+gelesen|meistgeklickt|beliebteste|les\s+plus\s+(?:lus?|populaires|partagés)|articles?\s+les\s+plus|lo\s+más\s+(?:leído|visto|popular)|más\s+(?:leídas?|leidas?|vistos?|vistas?|populares)|noticias\s+más|i\s+più\s+lett[ie])\b",
    ),
    group(
        Concept::TipLine,
        "tip-line",
        Strong,
        true,
        90,
        r"^\W*share\s+your\s+(?:story|stories|news\s+tips?)\W*$|we\s+pay\s+for\s+(?:your\s+)?(?:stories|videos|pictures|photos|tips)|do\s+you\s+have\s+a\s+(?:story|news\s+tip|tip|video|photo)|got\s+a\s+(?:story|news\s+tip|tip)\b|send\s+us\s+your\s+(?:story|stories|tips|news|photos|videos)|(?:e-?mail|contact|message)\s+us\s+at\s+\S+@|(?:call|text|whatsapp)\s+us\s+on\b|you\s+can\s+whatsapp\s+us|if\s+you\s+have\s+(?:a\s+story|information|a\s+tip)\s+(?:to\s+share|about|for\s+us|you)|story\s+tips?\s+to\b|news\s*desk@|tips@|haben\s+sie\s+(?:eine\s+geschichte|hinweise|informationen)\s+(?:für\s+uns|zu)|vous\s+avez\s+(?:une\s+info|une\s+histoire|un\s+témoignage)|(?:tienes|tiene)\s+una\s+(?:historia|noticia|denuncia)",
    ),
    group(
        Concept::Newsletter,
        "newsletter",
        Strong,
        false,
        60,
        r"subscribe\s+to\s+(?:the|our)\s+(?:\S+\s+){0,3}?(?:blog|podcast|channel|e-?newsletter)|e-newsletter|sign\s+up\s+with\s+your\s+e-?mail|sign\s+up\s+(?:today|now)\s+(?:and|to)\s+(?:receive|get)|(?:right|straight|directly)\s+in(?:to)?\s+your\s+inbox|be\s+the\s+first\s+to\s+(?:know|hear|get\s+notified)\s+(?:about|of|when)|subscribe\s+to\s+(?:get|receive)\s+(?:the\s+)?(?:latest|new|our)|(?:receive|get)\s+notifications\s+(?:about|of|for)\s+new\s+(?:posts|articles|stories)|sign\s+up\s+(?:for|to)\s+(?:our|the|my)?\s*(?:[^\s.!?]+\s+){0,5}?(?:newsletter|e-?mails?|alerts|updates)|subscribe\s+(?:to|for)\s+(?:our|the)?\s*(?:[^\s.!?]+\s+){0,4}?(?:newsletter|channel|podcast|mailing|updates)|(?:get|receive)\s+(?:our|the)\s+(?:[^\s.!?]+\s+){0,4}?(?:newsletter|briefing|in\s+your\s+inbox)|(?:delivered|straight|directly)\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox|enter\s+your\s+e-?mail|sent\s+you\s+an\s+e-?mail\s+to\s+confirm|confirm\s+your\s+subscription|you\s+(?:received|are\s+receiving|have\s+received)\s+this\s+(?:e-?mail|newsletter|message)\s+because|already\s+a\s+subscriber|subscribe\s+for\s+free|unsubscribe\s+at\s+any\s+time|never\s+(?:sell|share)\s+your\s+(?:information|e-?mail|data|details)|subscribe\s+now|become\s+a\s+(?:subscriber|member)|start\s+your\s+(?:free\s+)?(?:trial|subscription)|newsletter\s+abonnieren|jetzt\s+abonnieren|zum\s+newsletter|abonnez-vous|inscrivez-vous\s+à|(?:notre|la)\s+newsletter|suscr[ií]b[ea]te|suscríbase|(?:nuestro|al)\s+bolet[ií]n|join\s+(?:our|the)\s+(?:mailing\s+list|newsletter|e-?mail\s+list)|^\W*newsletters?\W*$",
    ),
    group(
        Concept::Share,
        "share",
        Strong,
        false,
        10,
        r"^\W*(?:(?:share|tweet|post|send|email|e-mail|print|copy)(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|link|url))?(?:\s+(?:on|via|to|with))?(?:[\s,|/]+(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|reddit|pinterest|telegram|messenger|flipboard|bluesky|threads|sms|copy\s+link))*|facebook|twitter|linkedin|whatsapp|reddit|pinterest|instagram|youtube|tiktok|telegram|flipboard|copy\s+link|link\s+copied|teilen|artikel\s+teilen|partager(?:\s+cet\s+article)?|compartir|comparte|follow(?:\s+us)?(?:\s+on\s+[\w\s,]+)?|folgen\s+sie\s+uns[\w\s]*|suivez-nous[\w\s]*|síguenos[\w\s]*)\W*$",
    ),
    group(
        Concept::Share,
        "share",
        Weak,
        false,
        30,
        r"share\s+this\s+(?:article|story|post)|click\s+to\s+share|follow\s+(?:us\s+|(?:\S+\s+){1,4}?)on\s+(?:facebook|twitter|instagram|x|linkedin|tiktok|youtube|bluesky|threads)|(?:did\s+you|if\s+you)\s+(?:like|liked|enjoy|enjoyed)\s+this\s+(?:article|post|story|piece)|buy\s+me\s+a\s+coffee|please\s+share\s+(?:it|this)\b|like\s+us\s+on\s+facebook|join\s+us\s+on\s+(?:telegram|whatsapp)",
    ),
    group(
        Concept::Ad,
        "advertisement",
        Strong,
        false,
        10,
        r"^.*[(\[](?:sponsored|advertisement|ad|paid\s+post|partner\s+content)[)\]]\W*$|^\W*(?:(?:advertisement|sponsored)\s*:\s*\S.*|advertisements?|advertising|adverti[sz]ement\s*[-–—:]?\s*(?:continue|scroll)\s+(?:reading|down)\s*(?:below)?|ads?|sponsored(?:\s+(?:content|links?|stories|by\b.*))?|paid\s+(?:content|post|partnership|for\s+by\b.*)|in\s+partnership\s+with\b.*|(?:presented|brought\s+to\s+you)\s+by\b.*|promoted(?:\s+(?:content|stories|links?))?|anzeigen?|werbung|publicité|publicidad|pubblicità|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|(?:the\s+)?article\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:below|after\s+the\s+ad)|scroll\s+to\s+continue(?:\s+with\s+content)?|remove\s+ads)\W*$",
    ),
    group(
        Concept::Related,
        "related",
        Weak,
        false,
        25,
        r"^\W*(?:read\s+(?:more|also|next|this\s+next)|up\s+next|what\s+to\s+read\s+next|related(?:\s+(?:stories|articles|posts|content|news|coverage|topics|reading|links|videos))?|recommended(?:\s+(?:for\s+you|stories|reading|articles|videos))?|see\s+also|more\s+(?:from|on|about|in|stories|news|articles|videos|to\s+read|like\s+this)\b|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|also\s+read|further\s+reading|keep\s+reading|don'?t\s+miss|watch\s+(?:more|next|now)|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|weitere\s+(?:artikel|nachrichten)|à\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|la\s+suite)|sur\s+le\s+même\s+sujet|voir\s+aussi|lee\s+también|leer\s+más|te\s+puede\s+interesar|noticias\s+relacionadas|relacionad[oa]s|(?:other|more)\s+(?:related|interesting|similar)\s+(?:articles|posts|stories|reads)|(?:good|great)\s+(?:articles|posts|reads)\s+to\s+read)\b",
    ),
    group(
        Concept::Consent,
        "cookies",
        Strong,
        false,
        120,
        r"we\s+use\s+cookies|cookies\s+(?:are|were)\s+(?:disabled|blocked|turned\s+off)|(?:please\s+)?enable\s+cookies|(?:this|our)\s+(?:web\s*)?site\s+uses\s+cookies|use\s+of\s+cookies|cookie\s+(?:policy|settings|preferences|consent|notice)|accept\s+(?:all\s+)?cookies|by\s+(?:continuing\s+to\s+)?(?:using|browsing|use)\s+(?:this|our)\s+(?:web\s*)?site|manage\s+(?:your\s+)?(?:consent|privacy|cookie)|wir\s+(?:verwenden|nutzen)\s+cookies|(?:diese|unsere)\s+(?:web)?seite\s+(?:verwendet|nutzt)\s+cookies|cookie-einstellungen|nous\s+utilisons\s+des\s+cookies|ce\s+site\s+utilise\s+des\s+cookies|utilizamos\s+cookies|este\s+sitio\s+(?:web\s+)?utiliza\s+cookies|política\s+de\s+cookies",
    ),
    // a bare "Response" labels an API example; "Responses" or "1 response"
    // heads the readers' comments
    group(
        Concept::Comment,
        "comments",
        Strong,
        true,
        10,
        r"^\W*discussion\s+about\s+this\s+(?:post|article|story)\W*$|^\W*(?:\d+\s+)?(?:comments?|responses|\d+\s+response|replies|kommentare?|commentaires?|comentarios?|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+(?:a|your)\s+comment|join\s+the\s+(?:discussion|conversation)|have\s+your\s+say|(?:show|view|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments|no\s+comments(?:\s+yet)?|be\s+the\s+first\s+to\s+comment|reader\s+comments|comments?\s+(?:are|is)\s+closed|(?:log|sign)\s+in\s+to\s+comment|kommentieren|schreiben\s+sie\s+einen\s+kommentar|laisser\s+un\s+commentaire|réagir|deja\s+(?:un|tu)\s+comentario)\W*(?:\(\d+\))?\W*$",
    ),
    group(
        Concept::Legal,
        "copyright",
        Strong,
        true,
        60,
        r"^\W*(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:.{0,30}?\s)?(?:19|20)\d\d|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati",
    ),
    // a mark inside a line ("Sylt | © 2010 Jane Doe") is a credit, not the
    // end of the article
    group(
        Concept::Legal,
        "copyright",
        Strong,
        false,
        30,
        r"©|copyright\s*(?:©|\(c\))",
    ),
    // a documentation page's or a wiki's foot: the content's licence, its
    // last edit, the printed page's source
    group(
        Concept::Legal,
        "licence",
        Strong,
        false,
        60,
        r"(?:is|are)\s+(?:licensed|available|distributed|published)\s+under\s+(?:the\s+terms\s+of\s+)?(?:the\s+|a\s+)?(?:creative\s+commons|cc[\s-]by|gnu\s+free\s+documentation)",
    ),
    group(
        Concept::Legal,
        "last-edited",
        Strong,
        false,
        30,
        r"^\W*this\s+page\s+was\s+last\s+(?:modified|edited|updated)\s+on\b|^\W*retrieved\s+from\s+[\x22“]?https?://",
    ),
    group(
        Concept::Legal,
        "legal-links",
        Weak,
        false,
        20,
        r"by\s+submitting\s+(?:this|the|your)\s+form|you\s+are\s+(?:about\s+to\s+)?leaving\s+(?:the\s+)?\S+(?:\s+\S+)?\s+(?:web\s*)?site|you\s+are\s+about\s+to\s+leave\s+(?:the\s+)?\S+(?:\s+\S+)?\s+(?:web\s*)?site|terms\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions)|privacy\s+(?:policy|notice|statement)|do\s+not\s+sell\s+my|impressum|datenschutz|mentions\s+légales|aviso\s+legal|política\s+de\s+privacidad",
    ),
    group(
        Concept::Caption,
        "photo-credit",
        Strong,
        false,
        25,
        r"^\W*(?:(?:photo|image|picture|foto|bild|pic|illustration|graphic|video|source|quelle|crédit|crédito|credit|fuente)s?\s*(?:credit|source)?\s*[:©/|]|(?:(?:featured?|header|cover|hero|top|lead)\s+)?(?:photo|image|picture|illustration)s?\s+(?:by|courtesy|via|from)\b|bildquelle)|(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|associated\s+press|ap\s+photo|afp\s+via\s+getty|reuters/|/\s*reuters|/\s*ap\b|/\s*afp\b|\bdpa\b\s*$|imago(?:\s+images)?)\W*$",
    ),
    group(
        Concept::Promo,
        "click-here",
        Weak,
        false,
        40,
        r"click\s+here\s+to|klicken\s+sie\s+hier|cliquez\s+ici|haga\s+clic\s+aquí|haz\s+clic\s+aquí|tap\s+here\s+to|download\s+(?:the|our)\s+(?:\w+\s+)?app|get\s+the\s+(?:\w+\s+)?app|(?:listen|listen\s+to)\s+(?:to\s+)?this\s+(?:article|story)|(?:shop|buy)\s+now|(?:sign|log)\s+in\s+to\s+(?:continue|read|access)|create\s+(?:a\s+)?free\s+account|to\s+continue\s+reading|you\s+have\s+\d+\s+free\s+(?:articles?|stories)|this\s+(?:article|content|story)\s+is\s+(?:for|available\s+to|only\s+available\s+to)\s+(?:subscribers|members)|is\s+(?:exclusive|only)\s+(?:to|for)\s+(?:\S+\s+){0,2}?(?:subscribers|members)|summari[sz]e\s+(?:this\s+(?:article|page|post)\s+)?with\s+(?:ai|chatgpt|perplexity|claude|gemini)|we\s+may\s+earn\s+(?:a\s+)?commission|(?:as\s+an\s+amazon\s+associate|affiliate\s+links?)|this\s+post\s+may\s+contain\s+affiliate",
    ),
    group(
        Concept::Nav,
        "navigation",
        Strong,
        false,
        6,
        r"^\W*(?:home|homepage|menu|main\s+menu|search|close|open|log\s*in|login|sign\s*in|sign\s*up|register|my\s+account|toggle\s+navigation|skip\s+to\s+(?:main\s+)?(?:content|navigation)|about\s+us|contact(?:\s+us)?|kontakt|careers|site\s*map|back\s+to\s+(?:top|(?:the\s+)?(?:blog|news|articles|all\s+(?:posts|articles|news)|posts|home(?:page)?))|(?:log\s*in|login|sign\s*in|sign\s*up|register|join)(?:\s*(?:/|\||or)\s*(?:log\s*in|login|sign\s*in|sign\s*up|register|join|create\s+(?:an\s+)?account))+|go\s+to\s+top|scroll\s+to\s+top|jump\s+to(?:\s+(?:the\s+)?(?:list|section|recipe|content|comments|top|review|picks|faq|summary))?|previous|next|prev|older\s+posts|(?:table\s+of\s+)?contents?|in\s+this\s+(?:article|post|guide)|on\s+this\s+page|newer\s+posts|load\s+more|show\s+more|see\s+more|show\s+less|see\s+less|expand(?:\s+(?:all|description|details|section))?|collapse(?:\s+all)?|view\s+all|see\s+all|more|zurück|weiter|suche|startseite|accueil|rechercher|inicio|buscar|archives?|blog\s+archives?|page\s+\d+(?:\s+of\s+\d+)?|\d+\s*(?:/|of)\s*\d+)\W*$",
    ),
    group(
        Concept::Byline,
        "byline",
        Weak,
        false,
        14,
        r"^\W*(?:by|von|par|por|written\s+by|words\s+by|reporting\s+by|posted\s+by|author:?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|la|le))*(?:\s*[,|·•-]\s*.{0,60}|\s+(?:at|on)\s+(?:\d|\p{Lu}).{0,50})?$|^\W*(?:published|updated|posted|last\s+updated|first\s+published|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado)(?:\s+(?:on|at|am|le|el))?\s*:?\s*(?:\d|\p{Lu}|\w+day)|^(?:[^|·•\d]+[|·•]\s*)?\W*\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|lesezeit|de\s+lecture|de\s+lectura)\W*$|^\W*(?:reading\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\b",
    ),
    POST_NAVIGATION,
    FEEDBACK,
    DISCLAIMER,
    BIO,
    COMMENT_HEADER,
    CALL_TO_ACTION,
    DISCLOSURE,
    SITE_NOTICE,
    PLACEHOLDER,
    TAGS,
    FORUM_CHROME,
    SHOP_CHROME,
];

/// Calls to action that end or interrupt an article: sign-ups, quotes,
/// downloads, "Ready to ...?" headings.
const CALL_TO_ACTION: Group = group(
    Concept::Promo,
    "call-to-action",
    Weak,
    false,
    40,
    r"join\s+(?:over\s+|more\s+than\s+)?\d[\d,.]*k?\+?\s+(?:people|readers|subscribers|others|members|marketers|professionals)|\d+[-\s]day\s+(?:free\s+)?trial|request\s+a\s+free\s+(?:quote|demo|consultation)|join\s+(?:our|the)\s+(?:community|waitlist)|spread\s+the\s+word|leave\s+a\s+(?:star\s+)?rating|rate\s+this\s+(?:recipe|article|post)|request\s+a\s+(?:quote|demo|consultation)|book\s+a\s+(?:demo|call|consultation)|(?:contact|call)\s+us\s+today|get\s+started\s+(?:today|now|for\s+free)|download\s+(?:our|the|your)\s+free|fill\s+(?:out\s+)?(?:this|the)\s+form|^\W*ready\s+to\s+.{3,60}?\?\W*$|^\W*(?:learn|find\s+out|read)\s+more\W*$|start\s+(?:your\s+)?free\s+trial|try\s+(?:it\s+)?(?:for\s+)?free\b|^\W*open\s+in\s+(?:the\s+)?app\W*$|^\W*add\s+(?:\S+\s+){1,3}(?:on|to)\s+google(?:\s+news)?\W*$|preferred\s+source\s+on\s+google|stay\s+connected|pin\s+(?:(?:it|this|me)\s+)?(?:for\s+later|now)|(?:mention|tag)\s+(?:us\s+)?@|funded\s+by\s+readers|check\s+your\s+inbox|get\s+(?:the|our|a|my)\s+free\s+(?:e-?book|guide|checklist|download|trial|quote)|join\s+\p{L}+\s+for\s+free|^\W*follow\s+(?:\p{Lu}\S*\s*){1,4}$|^\W*(?:subscribe|sign\s+up|sign\s+in|log\s+in|register|contact\s+us|get\s+started|shop\s+now|buy\s+now|order\s+now|book\s+now|apply\s+now|donate\s+now)(?:\s+(?:here|now|today|for\s+free))?\W*$|^\W*subscribe\s+to\s+(?:\S+\s*){1,4}$|take\s+the\s+next\s+step|(?:schedule|book)\s+a\s+(?:free\s+)?(?:call|demo|consultation)|get\s+a\s+free\s+(?:quote|consultation|demo|estimate)|talk\s+to\s+(?:an?\s+|our\s+)?(?:expert|specialist|advisor)s?|contact\s+us\s+(?:for|to)\s|in\s+free\s+credits|sponsorship\s+opportunities|^\W*why\s+(?:you\s+(?:can|should)\s+)?trust\s+(?:us|our\s+\w+)\W*$|(?:get|save)\s+\$\d+\s+off|use\s+(?:promo\s+)?code\s*:?\s*(?-i:[A-Z0-9]{4,})",
);

/// The label of a post's tag or category list, or the list on one line,
/// as a text scrape gives it: "Filed Under: DIY, Home & DIY Blog,
/// Woodworking". A single subject ("Filed under: Hardware -- Catalogs") is
/// a catalogue record's, not a list.
const TAGS: Group = group(
    Concept::Meta,
    "tags",
    Strong,
    false,
    30,
    r"^\W*(?:tags?|article\s+tags|post\s+tags|related\s+tags|tagged(?:\s+(?:with|as|in|under))?|filed\s+(?:under|in)|categories|schlagw(?:ö|oe)rter|étiquettes|etiquetas)\s*:?\W*$|^\W*(?:filed\s+(?:under|in)|tagged(?:\s+(?:with|as|in|under))?|(?:post\s+|article\s+)?tags|categories|posted\s+in)\s*:\s*[^.!?,|·•]+(?:[,|·•][^.!?,|·•]+)+$",
);

/// A site's standing disclaimer under its posts: "for informational
/// purposes only", "not medical advice", "you are now leaving".
const DISCLAIMER: Group = group(
    Concept::Legal,
    "disclaimer",
    Strong,
    false,
    120,
    r"for\s+(?:general\s+)?(?:informational|information|educational)\s+purposes\s+only|(?:is|are)\s+not\s+(?:intended\s+(?:as|to\s+be)\s+(?:a\s+substitute\s+for\s+)?|a\s+substitute\s+for\s+)?(?:professional\s+)?(?:medical|legal|financial|tax|investment)\s+advice|does\s+not\s+constitute\s+(?:\w+\s+)?(?:legal|financial|medical|investment|tax)\s+advice|you\s+are\s+now\s+leaving\b|by\s+(?:submitting|completing|sending)\s+this\s+form,?\s+you\s+(?:agree|consent|authori[sz]e|acknowledge|understand)",
);

/// A documentation page's feedback widget: "Was this page helpful?",
/// "Edit on GitHub", "Submit correction"; a newsletter's "How was this
/// issue?".
const FEEDBACK: Group = group(
    Concept::Promo,
    "feedback",
    Strong,
    false,
    10,
    r"^\W*how\s+(?:was|did\s+you\s+like|would\s+you\s+rate)\s+(?:this|today'?s)\s+(?:issue|newsletter|edition|e-?mail)\W*$|^\W*(?:was\s+this\s+(?:\w+\s+)?helpful(?:\s+(?:for|to)\s+you)?|did\s+you\s+find\s+this\s+(?:\w+\s+)?helpful|thanks?(?:\s+you)?\s+for\s+(?:your|the)\s+feedback|(?:send|give|submit|leave|share)\s+(?:us\s+)?(?:your\s+)?feedback|rate\s+this\s+(?:page|article|doc\w*)|edit\s+(?:this\s+page|on\s+github)|improve\s+this\s+(?:page|doc\w*)|submit\s+(?:a\s+)?correction|suggest\s+an?\s+(?:edit|change))\b",
);

/// Links to the neighbouring posts of a blog: the article has ended.
const POST_NAVIGATION: Group = group(
    Concept::Nav,
    "post-navigation",
    Strong,
    true,
    8,
    r"^\W*(?:post\s+navigation|(?:previous|next|older|newer)\s+(?:post|article|story|entry)|report\s+this\s+comment)\W*$",
);

/// Affiliate and advertising disclosures.
const DISCLOSURE: Group = group(
    Concept::Ad,
    "disclosure",
    Strong,
    false,
    60,
    r"we\s+(?:may\s+)?(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:affiliate\s+)?commission|(?:purchase|buy|shop)\s+through\s+(?:links|our\s+links)|if\s+you\s+(?:click|buy|purchase)\s+(?:on\s+)?(?:a\s+)?links?\s+(?:we|on\s+our)|supported\s+by\s+(?:commissions|readers|affiliate)|we\s+independently\s+(?:evaluate|test|review|research|select)|(?:contains?|uses?)\s+affiliate\s+links|as\s+an\s+amazon\s+associate|earn\s+from\s+qualifying\s+purchases|(?:chosen|selected)\s+independently\s+by\s+(?:our\s+)?editors|prices\s+(?:were|are)\s+accurate\s+(?:at|as\s+of)\s+the\s+time",
);

/// What a site says about the visit rather than the page: scripts or
/// cookies to enable, a browser to update, a connection that failed.
const SITE_NOTICE: Group = group(
    Concept::Modal,
    "site-notice",
    Strong,
    false,
    60,
    r"^\W*(?:oops[,!.]?\s+)?something\s+went\s+wrong(?:\s+(?:while|when)\s+(?:submitting|sending|loading|processing)\s+(?:the|your|this)\s+(?:form|request|page|data))?(?:[.,!]?\s*(?:please\s+)?(?:try\s+again|refresh|reload)[^.!?]*)?\W*$|^\W*thank\s+you!?\s+your\s+submission\s+has\s+been\s+received\W*$|(?:please\s+)?(?:enable|turn\s+on|activate)\s+javascript|javascript\s+(?:is\s+)?(?:disabled|required|is\s+turned\s+off|must\s+be\s+enabled)|(?:your|this)\s+browser\s+(?:is\s+)?(?:out\s+of\s+date|outdated|not\s+supported|does\s+not\s+support|doesn'?t\s+support)|(?:refresh|reload)\s+(?:your\s+browser|the\s+page)\s+(?:window\s+)?(?:to\s+try\s+again|and\s+try\s+again)|(?:having|experiencing)\s+trouble\s+connecting\s+to\s+(?:our|the)\s+server|update\s+your\s+browser\s+(?:for|to)\b|upgrade\s+your\s+browser|browser\s+is\s+(?:no|not)\s+longer\s+supported|javascript\s+aktivieren|activez\s+javascript|habilita\s+javascript",
);

/// What forum software prints around the posts: the sign-in gate to
/// reply, the board's own links and footer. Not the posts, which are a
/// thread's content, nor a closed thread's notice, which is kept with them.
const FORUM_CHROME: Group = group(
    Concept::Nav,
    "forum-chrome",
    Strong,
    false,
    30,
    r"(?:you\s+must|you\s+need\s+to|please)\s+(?:be\s+(?:a\s+member|logged\s+in|registered)|log\s*in|sign\s*in|register)(?:\s+(?:or|and)\s+(?:register|sign\s*up|log\s*in|sign\s*in))?\s+(?:in\s+order\s+)?to\s+(?:reply|post|comment|leave\s+a\s+comment|answer|join\s+the\s+(?:discussion|conversation))|(?:create\s+an\s+account|register|sign\s*up)\s+or\s+(?:sign|log)\s*in\s+to\s+(?:comment|reply|post|answer|join)|^\W*(?:log|sign)\s*in\s+to\s+(?:answer|reply|comment|post|vote)(?:\s+(?:to\s+)?(?:this|the)\s+(?:question|topic|thread|discussion|post))?\W*$|^\W*(?:reply\s+to\s+this\s+(?:topic|thread)|start\s+a\s+new\s+(?:topic|thread)|top\s+posters\s+in\s+this\s+(?:topic|thread)|more\s+topics\s+from\s+this\s+(?:board|forum)|hot\s+network\s+questions|display\s+posts\s+from\s+previous)\W*|you\s+are\s+not\s+logged\s+in|you(?:'re|’re|\s+are)\s+(?:currently\s+)?(?:browsing|viewing)\s+[^.]*\bas\s+a\s+guest|^\W*powered\s+by\s+(?:phpbb|fluxbb|punbb|mybb|vbulletin|xenforo|discourse|invision|smf|simple\s+machines|flarum|nodebb|vanilla)",
);

/// What shop software prints around a product: cart buttons and states,
/// back-in-stock prompts, the store's recommendation rails. Not the
/// product's name, price, description or availability ("Sold out" is kept,
/// as labelled pages keep it).
const SHOP_CHROME: Group = group(
    Concept::Promo,
    "shop-chrome",
    Strong,
    false,
    25,
    r"^\W*(?:check|see|view|compare)\s+(?:the\s+)?(?:current\s+|latest\s+|today'?s\s+)?(?:prices?|deals?)\s+(?:at|on)\s+[^.!?]+$|^\W*(?:add\s+to\s+(?:cart|bag|basket|wish\s*list)|(?:select|choose)\s+(?:a\s+|your\s+)?(?:size|colou?r|option)|no\s+products\s+in\s+the\s+(?:cart|basket|bag)|your\s+(?:cart|bag|basket)\s+is\s+(?:currently\s+)?empty|type\s+to\s+search(?:\s+products)?)\W*$|^\W*added\s+to\s+(?:your\s+)?(?:cart|bag|basket)\b|(?:get\s+notified|notify\s+me)\s+(?:by\s+e-?mail\s+)?when\s+(?:this\s+(?:product|item)\s+is\s+|it'?s\s+)?(?:back\s+)?(?:in\s+stock|available)|customers\s+who\s+(?:viewed|bought)\s+this\s+(?:product|item)\s+(?:also\s+)?(?:viewed|bought)|your\s+recently\s+viewed\s+items|your\s+payment\s+information\s+is\s+processed\s+securely",
);

/// A page template's filler text, left in an unused slot.
const PLACEHOLDER: Group = group(
    Concept::Hidden,
    "placeholder",
    Strong,
    false,
    200,
    r"lorem\s+ipsum\s+dolor\s+sit\s+amet",
);

/// Comment headers: "Jane says: May 30, 2019 at 6:26 pm", "12 thoughts on
/// “...”": the comment section has begun.
const COMMENT_HEADER: Group = group(
    Concept::Comment,
    "comment-header",
    Strong,
    true,
    40,
    r"^.{1,40}?\s(?:says|said|commented|replied|wrote)\s*:?\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}\s+\p{L}+\s+\d{4}|at\s+\d|on\s+\p{L}+\s+\d)|^\W*\d+\s+(?:thoughts|responses|replies|comments)\s+(?:on|to)\b|^\W*(?:reply|antworten|répondre|responder)\W*$|^\W*your\s+e-?mail\s+address\s+will\s+not\s+be\s+published",
);

/// Author boxes: "Jane Doe is a freelance writer ..." (kept out of the
/// group above so its pattern stays readable).
const BIO: Group = group(
    Concept::Byline,
    "author-bio",
    Strong,
    false,
    70,
    r"^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was|has\s+been)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:writer|journalist|editor|reporter|author|contributor|correspondent|freelancer|blogger|columnist|founder|co-founder|photographer|producer|instructor|consultant|nutritionist|dietitian)\b|^\W*(?:about\s+the\s+(?:author|writer)s?|meet\s+the\s+author|author\s+bio|written\s+by)\W*$",
);

/// ASCII word boundaries keep the fast DFA engines usable on non-ASCII
/// text (Unicode `\b` falls back to the slow PikeVM); capitals stay
/// capitals under (?i), which would fold them.
fn prepared(g: &Group) -> String {
    g.pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\p{Lu}", r"(?-i:\p{Lu})")
}

/// One alternative of a group's pattern, with the literals (lowercased)
/// one of which every match of it contains. `branches.rs` lists them,
/// derived ahead of time from [`GROUPS`] (see `derive.rs`): deriving them
/// at start-up, like compiling whole groups, cost a one-page process more
/// than its page.
pub(super) struct Branch {
    /// Index of its group in [`GROUPS`].
    group: u8,
    /// The branch in the `regex` crate's syntax, case-insensitivity aside.
    pattern: &'static str,
    literals: &'static [&'static str],
}

/// Bits of a branch set: one per branch.
const SET_WORDS: usize = BRANCHES.len().div_ceil(64);

/// The branches' regexes, and one automaton of their literals: most blocks
/// contain none of them, and one pass over the block rules out every
/// branch at once; a block that contains some runs only the branches they
/// belong to, compiled when a block first needs them.
struct Lexicon {
    /// Each branch's regex, for blocks of plain text (see [`Matcher`]),
    /// the bulk of them: its plain form is small.
    branches: Vec<Matcher>,
    /// Each group's whole regex, for the other blocks: their Unicode
    /// classes make each branch's full form as costly to compile as its
    /// group's, so one compile serves all the group's branches.
    groups: Vec<Matcher>,
    literals: Option<Literals>,
    /// For each literal, its branch.
    owner: Vec<u16>,
    /// The longest block any group is tried on.
    max_words: usize,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let compiled = |pattern: &str| Matcher::owned(format!("(?i){pattern}"));
    let mut owner = Vec::new();
    let mut literals: Vec<&str> = Vec::new();
    for (i, b) in BRANCHES.iter().enumerate() {
        owner.extend(std::iter::repeat_n(i as u16, b.literals.len()));
        literals.extend(b.literals.iter().copied());
    }
    let literals = Literals::new(
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard),
        &literals,
    );
    Lexicon {
        branches: BRANCHES.iter().map(|b| compiled(b.pattern)).collect(),
        groups: GROUPS.iter().map(|g| compiled(&prepared(g))).collect(),
        literals,
        owner,
        max_words: GROUPS.iter().map(|g| g.max_words).max().unwrap_or(0),
    }
});

/// Every phrase group that matches `text`, a block of `words` words.
pub fn phrase_hits(text: &str, words: usize) -> Vec<PhraseHit> {
    let lex = &*LEXICON;
    // Long paragraphs, the bulk of the bytes, are past every group's limit.
    if words > lex.max_words {
        return Vec::new();
    }
    let mut candidates = [0u64; SET_WORDS];
    match &lex.literals {
        Some(ac) => {
            // The automaton folds ASCII case only; other letters are folded here.
            let lower;
            let hay = if text.is_ascii() {
                text
            } else {
                lower = text.to_lowercase();
                &lower
            };
            for m in ac.find_overlapping_iter(hay) {
                let b = usize::from(lex.owner[m.pattern().as_usize()]);
                candidates[b / 64] |= 1 << (b % 64);
            }
        }
        None => candidates = [u64::MAX; SET_WORDS],
    }
    let mut hits = Vec::new();
    let plain = crate::pattern::is_plain(text);
    // Branches are in group order, so hits come in group order, and a
    // group once decided skips its other branches.
    let mut decided = None;
    for (w, &set) in candidates.iter().enumerate() {
        let mut set = set;
        while set != 0 {
            let b = w * 64 + set.trailing_zeros() as usize;
            set &= set - 1;
            let Some(branch) = BRANCHES.get(b) else {
                break;
            };
            let g = usize::from(branch.group);
            let group = &GROUPS[g];
            if decided == Some(g) || words > group.max_words {
                continue;
            }
            let hit = if plain {
                lex.branches[b].form(true)
            } else {
                decided = Some(g);
                lex.groups[g].form(false)
            }
            .is_some_and(|re| re.is_match(text));
            if hit {
                hits.push(group.hit);
                decided = Some(g);
            }
        }
    }
    hits
}

mod branches;
#[cfg(test)]
mod derive;

use branches::BRANCHES;

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        let words = text.split_whitespace().count();
        phrase_hits(text, words).iter().map(|h| h.name).collect()
    }

    #[test]
    fn each_branch_plain_form_agrees_with_its_full_form() {
        let texts = [
            "MOST READ IN WORLD NEWS",
            "We pay for your stories! Email us at tips@example.com",
            "By Jane O’Neil · 4 min read",
            "Posted by David at December 16, 2025 11:15 AM",
            "Phyllis says: May 30, 2019 at 6:26 pm",
            "12 thoughts on “How to grow tomatoes”",
            "Jane Doe is a freelance writer based in Leeds.",
            "© 2024 Example Media — All rights reserved.",
            "Sign up for our newsletter • Follow us on Facebook",
            "Ready to take the next step?",
            "Follow Tested on Facebook, Twitter, or TikTok",
            "Use code SAVE2024 at checkout — get $10 off",
            "Photo: Getty Images / “Reuters”",
            "The minister said the plan will cost more than expected.",
            "Updated: Tuesday — 4 min read",
            "You must be logged in to reply to this topic.",
        ];
        for (pattern, branch) in LEXICON.branches.iter().zip(BRANCHES) {
            let (plain, full) = pattern.forms();
            let (plain, full) = (plain.expect("compiles"), full.expect("compiles"));
            for text in texts {
                assert!(crate::pattern::is_plain(text), "{text}");
                assert_eq!(
                    plain.is_match(text),
                    full.is_match(text),
                    "{} on {text}",
                    branch.pattern
                );
            }
        }
    }

    /// Every line of `hits` is in `group`, no line of `misses` is.
    fn sorts(group: &str, hits: &[&str], misses: &[&str]) {
        for line in hits {
            assert!(names(line).contains(&group), "{group}: {line}");
        }
        for line in misses {
            assert!(!names(line).contains(&group), "not {group}: {line}");
        }
    }

    #[test]
    fn forum_software_chrome_but_not_a_sentence_about_registering() {
        sorts(
            "forum-chrome",
            &[
                "You must be logged in to reply to this topic.",
                "Please sign in to post a reply",
                "Create an account or log in to reply",
                "Log in to reply to this thread",
                "Top posters in this thread",
                "Powered by phpBB",
                "You are currently viewing our boards as a guest, which gives you limited access.",
            ],
            &[
                "Voters must register to vote by Friday, the county clerk said.",
                "You must register to vote before the deadline next week.",
                "This topic was automatically closed after 30 days.",
            ],
        );
    }

    #[test]
    fn shop_software_chrome_but_not_the_products_availability() {
        sorts(
            "shop-chrome",
            &[
                "Add to Bag",
                "Select a size",
                "Your cart is currently empty.",
                "Added to your cart!",
                "Notify me when it's back in stock",
                "Customers who bought this item also bought",
            ],
            &[
                "Sold out",
                "Select the size that fits your feet best, the fitter said.",
                "Shoppers add to cart more often in December, the survey found.",
            ],
        );
    }

    #[test]
    fn reading_rails_ad_labels_reading_times_and_issue_feedback() {
        sorts(
            "most-read",
            &["What others are reading", "What people are reading now"],
            &["What others are reading into it"],
        );
        sorts(
            "advertisement",
            &[
                "Advertisement: New AI Book!",
                "Sponsored: The best VPN deals",
            ],
            &["Advertisement is what paid for the first radio stations."],
        );
        sorts(
            "byline",
            &["Tyreworks Team | 5 min read", "Jane Doe · 12 min read"],
            // a card's date and reading time, which a listing keeps
            &["Mar 07, 2026 | 4 min read"],
        );
        sorts(
            "feedback",
            &[
                "How Was This Issue?",
                "How did you like today's newsletter?",
            ],
            &["How was this issue settled in the end?"],
        );
    }

    #[test]
    fn sponsored_titles_mail_footers_blog_links_sign_in_pairs_and_form_consent() {
        sorts(
            "advertisement",
            &["GitHub Actions analytics - what's actually happening (Sponsored)"],
            &["The (sponsored) trip was cancelled by the ministry last week."],
        );
        sorts(
            "newsletter",
            &["You received this email because you signed up for emails from Every."],
            &["The court received this email because the clerk forwarded it."],
        );
        sorts(
            "navigation",
            &[
                "Back to Blog",
                "← Back to all posts",
                "Join / Sign in",
                "Log in or Register",
            ],
            &["Back to the drawing board"],
        );
        sorts(
            "disclaimer",
            &["By submitting this form, you authorize the University to contact you."],
            &["Submitting this form took him three tries, he said."],
        );
    }

    #[test]
    fn price_buttons_source_prompts_share_asks_and_tag_lists() {
        sorts(
            "shop-chrome",
            &["Check Price on Amazon", "See latest price at Outfitters"],
            &["Check the price at the pump before you fill up, experts say."],
        );
        sorts(
            "call-to-action",
            &["Add Harbour News on Google", "Try for free"],
            &["Add salt to the water and bring it to a boil on Google's advice"],
        );
        sorts("share", &["If you like it, please share it!"], &[]);
        sorts(
            "tags",
            &[
                "Filed Under: DIY , Home & DIY Blog , Woodworking",
                "Tags: rust, parsing",
            ],
            // one subject is a catalogue record's, not a list
            &["Filed under: Hardware -- Catalogs"],
        );
    }

    #[test]
    fn confirmations_errors_and_app_prompts() {
        sorts(
            "newsletter",
            &["Great! We've sent you an email to confirm your subscription."],
            &["The bank sent him a letter to confirm the loan."],
        );
        sorts(
            "site-notice",
            &[
                "Something went wrong",
                "Oops! Something went wrong. Please try again later.",
                "Oops! Something went wrong while submitting the form.",
                "Thank you! Your submission has been received!",
            ],
            // a story's sentence is no error message
            &["Something went wrong at the plant, the inspectors said."],
        );
        sorts(
            "call-to-action",
            &["Open in app"],
            &["The file will open in the app you chose last time."],
        );
    }

    #[test]
    fn seed_lines() {
        assert_eq!(names("MOST READ IN WORLD NEWS"), ["most-read"]);
        assert_eq!(names("Latest News"), ["most-read"]);
        assert!(names("The latest figures show a rise in sales.").is_empty());
        assert!(names("We pay for your stories! Do you have a story for the Daily Example news team? Email us at [email protected] or call 0200 000 0000 . You can WhatsApp us on 07000 000 000. We pay for videos too. Click here to upload yours.").contains(&"tip-line"));
        assert!(names("PARTNERING WITH THE TALIBAN").is_empty());
    }

    #[test]
    fn four_languages() {
        assert_eq!(names("Meistgelesen"), ["most-read"]);
        assert_eq!(names("Lo más leído"), ["most-read"]);
        assert_eq!(names("Les plus lus"), ["most-read"]);
        assert!(
            names("Nous utilisons des cookies pour améliorer votre expérience.")
                .contains(&"cookies")
        );
        assert!(names("© 2024 Musterverlag GmbH. Alle Rechte vorbehalten.").contains(&"copyright"));
        assert!(names("Suscríbete a nuestro boletín").contains(&"newsletter"));
        assert_eq!(names("Advertisement"), ["advertisement"]);
        assert_eq!(names("Anzeige"), ["advertisement"]);
    }

    #[test]
    fn licence_and_edit_footers() {
        assert_eq!(
            names("Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License."),
            ["licence"]
        );
        assert_eq!(
            names("This page was last modified on Sep 25, 2024 by Example Docs contributors."),
            ["last-edited"]
        );
        assert_eq!(
            names("Retrieved from \"https://wiki.example.org/index.php?title=Tuning\""),
            ["last-edited"]
        );
        // the words in the body of a text are no footer
        assert!(names("The photos were licensed from an agency for the exhibition.").is_empty());
        assert!(names("Nobody retrieved from the archive what they had hoped to find.").is_empty());
    }

    #[test]
    fn disclaimers() {
        assert!(names("This blog is provided for general informational purposes only. By using the blog, you agree that there is no attorney-client relationship.").contains(&"disclaimer"));
        assert!(names("The information on this site is not intended as a substitute for professional medical advice.").contains(&"disclaimer"));
        assert!(names("You are now leaving the First County Bank website.").contains(&"disclaimer"));
        // advice as the article's subject is no disclaimer
        assert!(names("Her financial advice to new graduates is simple: save first.").is_empty());
    }

    #[test]
    fn feedback_widgets() {
        for w in [
            "Was this page helpful?",
            "Was this helpful?",
            "Thank you for your feedback!",
            "Edit this page on GitHub",
            "Submit correction",
            "RATE THIS PAGE",
        ] {
            assert_eq!(names(w), ["feedback"], "{w}");
        }
        // a sentence that only speaks of feedback is no widget
        assert!(names("The survey was helpful to the council in planning.").is_empty());
        assert!(names("Report an error regarding a particular runtime event").is_empty());
    }

    #[test]
    fn comment_headers_and_bios() {
        assert!(names("Phyllis says May 30, 2019 at 6:26 pm").contains(&"comment-header"));
        assert!(names("12 thoughts on “How to grow tomatoes”").contains(&"comment-header"));
        assert!(
            names("Your email address will not be published. Required fields are marked *")
                .contains(&"comment-header")
        );
        assert!(
            names("Jane Doe is a full-time freelance writer living in Harbourtown.")
                .contains(&"author-bio")
        );
        assert!(names("About the author").contains(&"author-bio"));
        assert!(names("The minister says the plan will cost more than expected.").is_empty());
    }

    #[test]
    fn calls_to_action() {
        for cta in [
            "Subscribe here",
            "Sign up",
            "Request a Quote",
            "Take the next step",
            "New customers get $300 in free credits to spend on the cloud.",
            "Get $10 off your first order with code: TRYNOW",
            "Schedule a free consultation with our team",
        ] {
            assert!(names(cta).contains(&"call-to-action"), "{cta}");
        }
        assert!(
            names("The council decided to sign up for the regional scheme on Monday.").is_empty()
        );
        assert!(names("Readers may use code words in the puzzle, the editor said.").is_empty());
    }

    #[test]
    fn disclosures_notifications_and_footer_links() {
        assert!(
            names("As an Amazon Associate I earn from qualifying purchases.")
                .contains(&"disclosure")
        );
        assert!(names("Products are chosen independently by our editors.").contains(&"disclosure"));
        assert!(
            names("Subscribe to get the latest posts sent to your email.").contains(&"newsletter")
        );
        assert!(
            names("Would you like to receive notifications about new posts?")
                .contains(&"newsletter")
        );
        assert!(names("Other related articles").contains(&"related"));
        assert!(names("Pin this for later!").contains(&"call-to-action"));
        for link in [
            "About us",
            "Contact",
            "Sitemap",
            "Table of Contents",
            "In this article",
            "Expand description",
            "Show less",
        ] {
            assert!(names(link).contains(&"navigation"), "{link}");
        }
        assert!(names("She asked him to contact us about the flooding on Tuesday.").is_empty());
        assert!(
            names("Subscribe to the TRC blog to receive fresh perspectives")
                .contains(&"newsletter")
        );
        assert!(
            names("Be the first to know about new franchise opportunities.")
                .contains(&"newsletter")
        );
        assert!(names("Join 10K+ people getting helpful guides").contains(&"call-to-action"));
        assert!(names("Try Sproutly free with a 30-day trial").contains(&"call-to-action"));
        assert!(
            names("By submitting this form, you authorize the university to contact you.")
                .contains(&"legal-links")
        );
        assert!(names("You are about to leave the broadcaster's website").contains(&"legal-links"));
        assert!(names("Discussion about this post").contains(&"comments"));
        for nav in [
            "Post navigation",
            "Previous Post",
            "Next article",
            "Report this comment",
        ] {
            assert!(names(nav).contains(&"post-navigation"), "{nav}");
        }
        assert!(names("Follow Tested on Facebook, Twitter, or TikTok").contains(&"share"));
        assert!(names("Did you like this article? You can buy me a coffee.").contains(&"share"));
        assert!(
            names("Prices were accurate at the time this article was published.")
                .contains(&"disclosure")
        );
        assert!(names("The next post office opens in the spring, the council said.").is_empty());
        assert!(names("In partnership with Roku").contains(&"advertisement"));
        assert!(names("This article is exclusive to STAT+ subscribers").contains(&"click-here"));
        assert!(names("Summarize with AI:").contains(&"click-here"));
        assert!(names("Explore sponsorship opportunities and join us.").contains(&"call-to-action"));
        assert!(names("Why Trust Us?").contains(&"call-to-action"));
        assert!(
            names("Feature image by Jane Doe, all other images via brands")
                .contains(&"photo-credit")
        );
        assert!(names("JUMP TO THE LIST").contains(&"navigation"));
        assert!(names("PIN FOR LATER").contains(&"call-to-action"));
        assert!(names("SHARE YOUR STORY").contains(&"tip-line"));
        assert!(names("Article Tags").contains(&"tags"));
        assert!(names("Filed under:").contains(&"tags"));
        assert!(names("Archives").contains(&"navigation"));
        assert!(names("Posted by David at December 16, 2025 11:15 AM").contains(&"byline"));
        assert!(
            names("Get member-only offers when you join our mailing list today.")
                .contains(&"newsletter")
        );
        for notice in [
            "Oops! Looks like we're having trouble connecting to our server.",
            "Refresh your browser window to try again.",
            "Please enable JavaScript to view this page.",
            "Your browser is out of date and may not show this site correctly.",
            "Your version of Internet Explorer is not longer supported. Please upgrade your browser.",
        ] {
            assert!(names(notice).contains(&"site-notice"), "{notice}");
        }
        assert!(
            names("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
                .contains(&"placeholder")
        );
        assert!(names("The browser wars of the late 1990s shaped how JavaScript grew.").is_empty());
        assert!(
            names("The store will not work correctly when cookies are disabled.")
                .contains(&"cookies")
        );
        assert!(
            names("Be the first to get notified about upcoming products and deals.")
                .contains(&"newsletter")
        );
        assert!(names("Follow A Harbour Kitchen on FACEBOOK and YouTube").contains(&"share"));
        assert!(
            names("The two firms worked in partnership with the city for a decade.").is_empty()
        );
    }

    #[test]
    fn prose_is_not_boilerplate() {
        assert!(names("The minister said the most read report of the year was wrong.").is_empty());
        assert!(names("He added that the group could strike within the next year.").is_empty());
    }
}
