//! Any bytes as a WARC stream read through gzip, whole or cut: the records
//! read from `gzip(data)` as one member are those read from `data` plain,
//! and a corrupt or cut member still ends in records or errors, never a
//! panic or an endless loop.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;
use pith::batch::warc::{Record, RecordError, WarcReader};

fn records(bytes: &[u8], max_block: usize) -> Vec<Result<Record, RecordError>> {
    let Ok(mut reader) = WarcReader::new(bytes, max_block) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // every call consumes input or ends the stream
    for _ in 0..bytes.len() + 2 {
        match reader.next_record() {
            Ok(Some(r)) => out.push(r),
            Ok(None) | Err(_) => return out,
        }
    }
    panic!("more records than bytes");
}

fn key(r: &Result<Record, RecordError>) -> String {
    match r {
        Ok(rec) => format!("{:?} {:?} {}", rec.headers, rec.block, rec.cut),
        Err(e) => format!("error at {}", e.offset),
    }
}

fuzz_target!(|data: &[u8]| {
    // a plain stream that starts like gzip is not plain
    if data.starts_with(&[0x1f, 0x8b]) {
        return;
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).expect("gzip");
    let gz = gz.finish().expect("gzip");
    let max_block = 1 << 12;
    let plain: Vec<String> = records(data, max_block).iter().map(key).collect();
    let inflated: Vec<String> = records(&gz, max_block).iter().map(key).collect();
    assert_eq!(plain, inflated);
    // cut and corrupted members end too
    let cut = &gz[..gz.len() / 2];
    records(cut, max_block);
    let mut bad = gz.clone();
    let at = data.len() % bad.len();
    bad[at] ^= 0x55;
    records(&bad, max_block);
});
