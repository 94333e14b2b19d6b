//! Helpers shared by the tests that run the `pith` binary.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

pub fn pith() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pith"))
}

pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = pith()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pith");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    out
}

pub fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pith-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    dir
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Waits for `child`, killing it if it has not finished after `guard`: a
/// hang is a failure, not a slow pass (the guard is generous; how long a
/// run takes is the benches' business).
pub fn finish_within(mut child: std::process::Child, guard: std::time::Duration) -> Output {
    let start = std::time::Instant::now();
    loop {
        match child.try_wait().expect("wait") {
            Some(_) => return child.wait_with_output().expect("output"),
            None if start.elapsed() > guard => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("pith did not finish within {guard:?}");
            }
            None => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    }
}

/// Runs `cmd` with its output captured, as [`finish_within`] a generous
/// guard.
pub fn run_guarded(cmd: &mut std::process::Command) -> Output {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pith");
    finish_within(child, std::time::Duration::from_secs(120))
}
