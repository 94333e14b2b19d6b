use crate::Article;

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

/// Every block, kept or dropped, with its score and reasons, in page order.
pub fn explain_text(article: &Article) -> String {
    let mut out = String::new();
    if let Some(t) = &article.title {
        out.push_str(&format!("title: {t}\n"));
    }
    for (i, b) in article.blocks.iter().enumerate() {
        let mark = if b.is_title {
            "TITLE"
        } else if b.kept {
            "KEEP "
        } else {
            "drop "
        };
        let mut preview: String = b.block.text.chars().take(100).collect();
        preview = preview.replace('\n', " ⏎ ");
        if b.block.text.chars().count() > 100 {
            preview.push('…');
        }
        let reasons: Vec<String> = b
            .reasons
            .iter()
            .map(|r| format!("{}{:+.1}", r.signal, r.weight))
            .collect();
        out.push_str(&format!(
            "{i:>4} {mark} {:.2} {:<10} {preview}\n           {}\n",
            b.score,
            b.block.kind.name(),
            reasons.join(" ")
        ));
    }
    out
}
