use crate::article::Article;

/// The body as text, each kept block a paragraph; with `title`, the title
/// first as its own paragraph. Ends with a newline unless empty.
pub fn article_text(article: &Article, title: bool) -> String {
    let mut out = String::new();
    if title {
        if let Some(t) = &article.title {
            out.push_str(t);
            out.push_str("\n\n");
        }
    }
    out.push_str(&article.text());
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Every block, kept or dropped, with its score and reasons, in page order:
/// one line for the decision and the text, one for the reasons (positive
/// weights push toward boilerplate). `color` adds ANSI colours.
pub fn explain_text(article: &Article, color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    if let Some(t) = &article.title {
        out.push_str(&format!("{} {t}", paint("1", "title:")));
        if let Some(rule) = article.title_rule {
            out.push_str(&format!(" {}", paint("2", &format!("(rule: {rule})"))));
        }
        out.push('\n');
    }
    let kept = article.kept().count();
    out.push_str(&format!(
        "{} blocks, {kept} kept; score ≥ {:.2} is dropped; reasons: signal+weight (+ boilerplate, - content)\n",
        article.blocks.len(),
        article.threshold
    ));
    for (i, b) in article.blocks.iter().enumerate() {
        let (mark, code) = if b.is_title {
            ("TITLE", "1;36")
        } else if b.kept {
            ("KEEP ", "1;32")
        } else {
            ("drop ", "31")
        };
        let mut preview: String = b.block.text.chars().take(100).collect();
        preview = preview.replace('\n', " ⏎ ");
        if b.block.text.chars().count() > 100 {
            preview.push('…');
        }
        let mut reasons: Vec<String> = b
            .reasons
            .iter()
            .map(|r| {
                let s = format!("{}{:+.1}", r.signal, r.weight);
                match (color, r.weight > 0.0) {
                    (false, _) => s,
                    (true, true) => paint("33", &s),
                    (true, false) => paint("32", &s),
                }
            })
            .collect();
        if reasons.is_empty() {
            // a score of exactly the prior: say so rather than print nothing
            reasons.push(paint("2", "no signal"));
        }
        let preview = if b.kept || b.is_title {
            preview
        } else {
            paint("2", &preview)
        };
        out.push_str(&format!(
            "{i:>4} {} {:.2} {:<10} {preview}\n{:>22}{}\n",
            paint(code, mark),
            b.score,
            b.block.kind.name(),
            "",
            reasons.join(" ")
        ));
    }
    out
}
