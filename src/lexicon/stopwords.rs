//! Function-word lists per language (written for pith, not copied from a
//! stoplist), used for stopword density and a per-document language guess.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A language pith has a function-word list for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Dutch.
    Nl,
}

impl Lang {
    /// Every language, in bit order.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
    ];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }

    fn words(self) -> &'static str {
        match self {
            Lang::En => EN,
            Lang::De => DE,
            Lang::Fr => FR,
            Lang::Es => ES,
            Lang::It => IT,
            Lang::Pt => PT,
            Lang::Nl => NL,
        }
    }
}

const EN: &str = "a about above after again against all almost also although always am among an and another any are around as at be because been before being below between both but by can could did do does doing down during each either else even ever every few for from further had has have having he her here hers herself him himself his how however i if in into is it its itself just least less like many may me might more most much must my myself neither never no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps quite rather same several shall she should since so some such than that the their theirs them themselves then there these they this those though through thus to too toward towards under until up upon us very was we were what whatever when where whether which while who whom whose why will with within without would yet you your yours yourself said says say according told it's that's there's he's she's don't didn't doesn't isn't wasn't won't can't";
const DE: &str = "aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da dabei damit dann das dass daß dem den denn der des deshalb dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einige er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jedoch jetzt kann kein keine können könnte man manche mehr mein meine mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner sich sie sind so solche soll sollte sondern sonst um und uns unser unter viel vom von vor wann war waren warum was weil welche welchem welchen welcher wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen über";
const FR: &str = "a afin ai ainsi alors au aucun aussi autre autres aux avait avant avec avoir bien c ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez comme comment d dans de depuis des deux doit donc dont du elle elles en encore entre est et était été être eu fait faire il ils j je jusqu l la le les leur leurs lui m ma mais me même mes moi moins mon n ne ni nos notre nous on ont ou où par parce pas pendant peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si son sont sous sur t ta tandis te tes toi ton tous tout toute toutes très tu un une vers vos votre vous y à ça c'est d'un d'une l'on qu'il";
const ES: &str = "a al algo algunos ante antes como con contra cual cuando de del desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estas este esto estos está están fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque que quien se sea según ser si sido sin sobre su sus también tan tanto te tiene tienen todo todos tras tu un una uno unos y ya él";
const IT: &str = "a ad agli ai al alla alle allo anche avere c che chi ci come con cui da dal dalla dalle degli dei del della delle dello di dove e ed era essere gli ha hanno i il in io la le lo loro ma mi molto ne nei nel nella nelle non noi o per perché più poi quale quando quanto quella quelle quello questa queste questo se sei si sia siamo sono su sua sue sui sul sulla suo suoi tra tutti tutto un una uno";
const PT: &str = "a ao aos as até com como da das de dela dele deles depois do dos e ela elas ele eles em entre era essa esse esta este está foi for foram há isso isto já mais mas me mesmo muito na nas nem no nos não o os ou para pela pelas pelo pelos por quando que quem se sem ser seu seus sua suas são também te tem um uma umas uns à às é";
const NL: &str = "aan al alle als ben bij daar dan dat de deze die dit doch door dus een en er ge geen had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kon maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wie wij wordt zal ze zelf zich zij zijn zo zonder zou";

/// FNV-1a: the keys are short words, where SipHash's setup cost dominates.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map with FNV-1a: short string keys, no need for DoS resistance.
pub type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Word → the languages whose list holds it.
pub struct StopwordIndex {
    map: FnvMap<&'static str, u8>,
}

static INDEX: LazyLock<StopwordIndex> = LazyLock::new(|| {
    let mut map: FnvMap<&'static str, u8> = FnvMap::default();
    for lang in Lang::ALL {
        for w in lang.words().split_whitespace() {
            *map.entry(w).or_insert(0) |= lang.bit();
        }
    }
    StopwordIndex { map }
});

impl StopwordIndex {
    /// The shared index.
    pub fn get() -> &'static StopwordIndex {
        &INDEX
    }

    /// The languages (a bit mask, `Lang as u8`) whose list holds the
    /// lower-cased word; 0 for a content word.
    pub fn langs(&self, lower_word: &str) -> u8 {
        self.map.get(lower_word).copied().unwrap_or(0)
    }

    /// Whether a bit mask from [`StopwordIndex::langs`] includes `lang`.
    pub fn has(mask: u8, lang: Lang) -> bool {
        mask & lang.bit() != 0
    }
}
