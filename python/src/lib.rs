//! `pith_extract._pith`: pith's extractor for Python. The Python package
//! (`pysrc/pith_extract`) wraps these functions; their arguments are checked
//! here, and every extraction runs with the interpreter released.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use pith::{
    Article, BlockKind, Extractor, Format, InputKind, Keep, Options, ReadPage, SiteTemplates,
    Style, TemplateLimits,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;
use serde_json::Value;

// Rust's allocations in this module only: Python allocates its objects
// with its own allocator, and nothing allocated here is freed there.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A page as Python hands it over: text already decoded, or raw bytes that
/// go through pith's charset detection (and gzip).
enum Page {
    Text(String),
    Bytes(Vec<u8>),
}

impl<'py> FromPyObject<'_, 'py> for Page {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        if let Ok(s) = obj.cast::<PyString>() {
            // lossy: a str may hold lone surrogates (`surrogateescape`)
            return Ok(Page::Text(s.to_string_lossy().into_owned()));
        }
        if let Ok(b) = obj.cast::<PyBytes>() {
            return Ok(Page::Bytes(b.as_bytes().to_vec()));
        }
        Err(PyTypeError::new_err(format!(
            "a page is str or bytes, not {}",
            obj.get_type().name()?
        )))
    }
}

/// What the Python call asked for.
#[derive(Clone)]
struct Request {
    extractor: Extractor,
    format: Format,
    style: Style,
    include_tables: bool,
    url: Option<String>,
}

/// Why a page failed, to become a Python exception.
enum Failure {
    Timeout(String),
    Other(String),
}

impl Request {
    #[allow(clippy::too_many_arguments)]
    fn new(
        url: Option<String>,
        output_format: &str,
        favor_precision: bool,
        favor_recall: bool,
        include_comments: bool,
        include_tables: bool,
        include_links: bool,
        include_images: bool,
        with_title: bool,
        timeout: Option<f64>,
        input: &str,
    ) -> PyResult<Request> {
        let format = match output_format {
            "txt" | "text" => Format::Text,
            "markdown" | "md" => Format::Markdown,
            "html" => Format::Html,
            "json" => Format::Json,
            other => {
                return Err(PyValueError::new_err(format!(
                    "output_format must be one of txt, markdown, html, json; got {other:?}"
                )))
            }
        };
        if favor_precision && favor_recall {
            return Err(PyValueError::new_err(
                "favor_precision and favor_recall cannot both be set",
            ));
        }
        let threshold = if favor_precision {
            pith::THRESHOLD_PRECISION
        } else if favor_recall {
            pith::THRESHOLD_RECALL
        } else {
            pith::THRESHOLD_BALANCED
        };
        let input = match input {
            "auto" => InputKind::Auto,
            "html" => InputKind::Html,
            "text" => InputKind::Text,
            other => {
                return Err(PyValueError::new_err(format!(
                    "input must be auto, html or text; got {other:?}"
                )))
            }
        };
        let mut options = Options::default()
            .with_input(input)
            .with_threshold(threshold)
            .map_err(|e| PyValueError::new_err(e.to_string()))?
            .with_keep(Keep::default().with_comments(include_comments));
        if let Some(secs) = timeout {
            if !(secs.is_finite() && secs > 0.0) {
                return Err(PyValueError::new_err(format!(
                    "timeout must be a positive number of seconds; got {secs}"
                )));
            }
            options = options.with_timeout(Duration::from_secs_f64(secs));
        }
        Ok(Request {
            extractor: Extractor::new(options),
            format,
            style: Style::default()
                .with_title(with_title)
                .with_links(include_links)
                .with_images(include_images)
                .with_base_url(url.clone()),
            include_tables,
            url,
        })
    }

    fn article(&self, page: &Page) -> Result<Article, Failure> {
        let read = self.read(page)?;
        Ok(self.finish(self.extractor.decide(read, None)))
    }

    /// The page read and scored, its site from the request's URL (else the
    /// address the page names).
    fn read(&self, page: &Page) -> Result<ReadPage, Failure> {
        let url = self.url.as_deref();
        let result = match page {
            Page::Text(t) => self.extractor.read_text_page(t, url),
            Page::Bytes(b) => self.extractor.read_page(b, url),
        };
        result.map_err(|e| match e {
            pith::Error::Timeout { .. } => Failure::Timeout(e.to_string()),
            e => Failure::Other(e.to_string()),
        })
    }

    /// The article as the Python call asked for it.
    fn finish(&self, mut article: Article) -> Article {
        if !self.include_tables {
            for b in &mut article.blocks {
                if b.block.kind == BlockKind::TableCell {
                    b.kept = false;
                }
            }
        }
        if article.meta.url.is_none() {
            article.meta.url = self.url.clone();
        }
        article
    }

    /// The rendered output; `None` when nothing was kept (as trafilatura).
    fn render(&self, page: &Page) -> Result<Option<String>, Failure> {
        self.render_article(self.article(page)?)
    }

    fn render_article(&self, article: Article) -> Result<Option<String>, Failure> {
        if !article.kept().any(|_| true) {
            return Ok(None);
        }
        Ok(Some(match self.format {
            Format::Json => article
                .render(Format::Json, &self.style)
                .trim_end()
                .to_string(),
            f => article.render(f, &self.style),
        }))
    }

    /// The article and its metadata, as one JSON value.
    fn document(&self, page: &Page) -> Result<Value, Failure> {
        self.document_of(self.article(page)?)
    }

    fn document_of(&self, article: Article) -> Result<Value, Failure> {
        let mut v = article.to_json(true);
        if let Some(obj) = v.as_object_mut() {
            // trafilatura's names where it has one
            if let Some(site) = obj.remove("site_name") {
                obj.insert("sitename".into(), site);
            }
            obj.insert(
                "output".into(),
                match self.format {
                    Format::Json | Format::Text => Value::String(article.text()),
                    f => Value::String(article.render(f, &self.style)),
                },
            );
        }
        Ok(v)
    }
}

/// The Python exception for a failure: `PithTimeoutError` or `PithError`,
/// both defined by the Python package.
fn to_pyerr(py: Python<'_>, failure: Failure) -> PyErr {
    let (name, message) = match failure {
        Failure::Timeout(m) => ("PithTimeoutError", m),
        Failure::Other(m) => ("PithError", m),
    };
    match py
        .import("pith_extract._errors")
        .and_then(|m| m.getattr(name))
    {
        Ok(class) => match class.call1((message,)) {
            Ok(instance) => PyErr::from_value(instance),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// A JSON value as Python objects.
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(f)) => f.into_pyobject(py)?.into_any(),
            _ => n.to_string().into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// Thread pools by size, for this process only: a pool's threads do not
/// survive `fork` (datasets' `map(num_proc=...)`, multiprocessing), so a
/// child that inherits the parent's pools makes its own.
static POOLS: Mutex<Option<Pools>> = Mutex::new(None);

/// The process that made the pools, and its pools by size.
type Pools = (u32, Vec<(usize, Arc<rayon::ThreadPool>)>);

fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let n = if threads == 0 {
        cores
    } else {
        threads.min(cores * 4)
    };
    let pid = std::process::id();
    let cached = |pools: &mut Option<Pools>| -> Option<Arc<rayon::ThreadPool>> {
        if pools.as_ref().is_some_and(|(owner, _)| *owner != pid) {
            // the parent's pools: their threads are gone, and dropping them
            // would wait on those threads
            if let Some(stale) = pools.take() {
                std::mem::forget(stale);
            }
        }
        let (_, list) = pools.as_ref()?;
        list.iter()
            .find(|(size, _)| *size == n)
            .map(|(_, p)| p.clone())
    };
    if let Some(p) = cached(&mut POOLS.lock().unwrap_or_else(|e| e.into_inner())) {
        return Ok(p);
    }
    // built without the lock held: a fork while threads start must not
    // leave the child a held lock
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("pith-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?;
    let p = Arc::new(p);
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(other) = cached(&mut pools) {
        return Ok(other);
    }
    let (_, list) = pools.get_or_insert_with(|| (pid, Vec::new()));
    // a few sizes are kept; the oldest goes (its threads end once no batch
    // uses it)
    if list.len() >= MAX_POOLS {
        list.remove(0);
    }
    list.push((n, p.clone()));
    Ok(p)
}

/// Pools of distinct sizes kept at once.
const MAX_POOLS: usize = 4;

#[pyfunction]
#[pyo3(signature = (html, *, url=None, output_format="txt", favor_precision=false,
    favor_recall=false, include_comments=false, include_tables=true, include_links=true,
    include_images=false, with_title=false, timeout=None, input="auto"))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    html: Page,
    url: Option<String>,
    output_format: &str,
    favor_precision: bool,
    favor_recall: bool,
    include_comments: bool,
    include_tables: bool,
    include_links: bool,
    include_images: bool,
    with_title: bool,
    timeout: Option<f64>,
    input: &str,
) -> PyResult<Option<String>> {
    let req = Request::new(
        url,
        output_format,
        favor_precision,
        favor_recall,
        include_comments,
        include_tables,
        include_links,
        include_images,
        with_title,
        timeout,
        input,
    )?;
    py.detach(|| req.render(&html)).map_err(|f| to_pyerr(py, f))
}

#[pyfunction]
#[pyo3(signature = (html, *, url=None, output_format="txt", favor_precision=false,
    favor_recall=false, include_comments=false, include_tables=true, include_links=true,
    include_images=false, with_title=false, timeout=None, input="auto"))]
#[allow(clippy::too_many_arguments)]
fn bare_extraction<'py>(
    py: Python<'py>,
    html: Page,
    url: Option<String>,
    output_format: &str,
    favor_precision: bool,
    favor_recall: bool,
    include_comments: bool,
    include_tables: bool,
    include_links: bool,
    include_images: bool,
    with_title: bool,
    timeout: Option<f64>,
    input: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let req = Request::new(
        url,
        output_format,
        favor_precision,
        favor_recall,
        include_comments,
        include_tables,
        include_links,
        include_images,
        with_title,
        timeout,
        input,
    )?;
    let doc = py
        .detach(|| req.document(&html))
        .map_err(|f| to_pyerr(py, f))?;
    to_py(py, &doc)
}

/// What each site's pages have in common, learned by `extract_batch(...,
/// templates=t)` and kept across calls; `save`/`load` keep it across runs.
#[pyclass(name = "SiteTemplates", module = "pith_extract._pith")]
struct PySiteTemplates {
    inner: Mutex<SiteTemplates>,
}

#[pymethods]
impl PySiteTemplates {
    #[new]
    fn new() -> Self {
        PySiteTemplates {
            inner: Mutex::new(SiteTemplates::new()),
        }
    }

    /// Templates a run saved (the command's `--save-templates`, or `save`).
    #[staticmethod]
    fn load(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let loaded = py.detach(|| {
            let file = std::fs::File::open(&path).map_err(pith::Error::from)?;
            SiteTemplates::load(std::io::BufReader::new(file), TemplateLimits::default())
        });
        let t = loaded.map_err(|e| to_pyerr(py, Failure::Other(e.to_string())))?;
        Ok(PySiteTemplates {
            inner: Mutex::new(t),
        })
    }

    /// Writes the templates to `path` (the format `pith --templates` reads).
    fn save(&self, py: Python<'_>, path: std::path::PathBuf) -> PyResult<()> {
        let t = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut bytes = Vec::new();
        t.save(&mut bytes)
            .and_then(|()| std::fs::write(&path, bytes))
            .map_err(|e| to_pyerr(py, Failure::Other(format!("{}: {e}", path.display()))))
    }

    /// Pages learned for the site of `url`.
    fn pages(&self, url: &str) -> u32 {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pages(url)
    }

    /// Sites held.
    fn __len__(&self) -> usize {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).sites()
    }
}

#[pyfunction]
#[pyo3(signature = (pages, *, urls=None, output_format="txt", favor_precision=false,
    favor_recall=false, include_comments=false, include_tables=true, include_links=true,
    include_images=false, with_title=false, timeout=None, input="auto", threads=0,
    with_metadata=false, templates=None))]
#[allow(clippy::too_many_arguments)]
fn extract_batch<'py>(
    py: Python<'py>,
    pages: Vec<Page>,
    urls: Option<Vec<Option<String>>>,
    output_format: &str,
    favor_precision: bool,
    favor_recall: bool,
    include_comments: bool,
    include_tables: bool,
    include_links: bool,
    include_images: bool,
    with_title: bool,
    timeout: Option<f64>,
    input: &str,
    threads: usize,
    with_metadata: bool,
    templates: Option<PyRef<'py, PySiteTemplates>>,
) -> PyResult<Bound<'py, PyList>> {
    if urls.as_ref().is_some_and(|u| u.len() != pages.len()) {
        return Err(PyValueError::new_err("urls must be as long as pages"));
    }
    let req = Request::new(
        None,
        output_format,
        favor_precision,
        favor_recall,
        include_comments,
        include_tables,
        include_links,
        include_images,
        with_title,
        timeout,
        input,
    )?;
    let pool = pool(threads)?;
    let urls = urls.unwrap_or_else(|| vec![None; pages.len()]);
    // each page's request differs only by its URL
    let request = |url: &Option<String>| {
        let mut r = req.clone();
        r.style.base_url = url.clone();
        r.url = url.clone();
        r
    };
    let output = |r: &Request, article: Article| {
        let article = r.finish(article);
        if with_metadata {
            r.document_of(article).map(Ok)
        } else {
            r.render_article(article).map(Err)
        }
    };
    let shared = templates.as_ref().map(|t| &t.inner);
    // read every page, learn the batch's sites (with templates), decide
    let run = || -> Vec<Result<Result<Value, Option<String>>, Failure>> {
        let read: Vec<(Request, Result<ReadPage, Failure>)> = pages
            .par_iter()
            .zip(urls.par_iter())
            .map(|(page, url)| {
                let r = request(url);
                let p = r.read(page);
                (r, p)
            })
            .collect();
        let mut guard = shared.map(|m| m.lock().unwrap_or_else(|e| e.into_inner()));
        if let Some(t) = guard.as_deref_mut() {
            for page in read.iter().filter_map(|(_, p)| p.as_ref().ok()) {
                t.learn_page(page);
            }
        }
        let known = guard.as_deref();
        read.into_par_iter()
            .map(|(r, p)| p.and_then(|p| output(&r, r.extractor.decide(p, known))))
            .collect()
    };
    let results = py.detach(|| pool.install(run));
    let out = PyList::empty(py);
    for r in results {
        match r {
            Ok(Ok(doc)) => out.append(to_py(py, &doc)?)?,
            Ok(Err(text)) => out.append(text)?,
            // a failed page's error in its place, the rest kept
            Err(f) => out.append(to_pyerr(py, f).into_value(py))?,
        }
    }
    Ok(out)
}

/// pith's version.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _pith(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(bare_extraction, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_class::<PySiteTemplates>()?;
    Ok(())
}
