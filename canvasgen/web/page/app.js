// canvasgen's page: sends a form to the API and shows what came back. No framework, no build step,
// nothing fetched from anywhere but this server.
"use strict";

const WORDS = {
  nl: {
    tagline: "Van klantreis-werkmap naar poster en workshopdeck.", language: "Taal",
    tab_build: "Poster en deck", tab_gaps: "Gaps", tab_diff: "Versies vergelijken",
    workbook: "Werkmap (.xlsx, .ods, .xls, .csv of .json)", metrics: "Meetcijfers (CSV, mag leeg)",
    brand: "Huisstijl", size: "Papier", portrait: "Staand", output_lang: "Taal van poster en deck",
    auto: "uit de werkmap", make: "Maak poster en deck", compare: "Vergelijk",
    gaps_help: "Eén werkmap met de ideale en de huidige reis, of twee werkmappen.",
    ideal: "Ideale reis (of beide)", current: "Huidige reis (mag leeg)", old: "Oude versie", new: "Nieuwe versie",
    local: "Alles blijft op deze computer: er gaat niets naar internet.",
    working: "Bezig…", done: "Klaar.", failed: "Dat lukte niet:", downloads: "Downloaden",
    journey: "Klantreis", phases: "Fasen", lanes: "Banen", warnings: "Let op", page: "Pagina",
  },
  en: {
    tagline: "From customer journey workbook to poster and workshop deck.", language: "Language",
    tab_build: "Poster and deck", tab_gaps: "Gaps", tab_diff: "Compare versions",
    workbook: "Workbook (.xlsx, .ods, .xls, .csv or .json)", metrics: "Figures (CSV, optional)",
    brand: "Brand kit", size: "Paper", portrait: "Portrait", output_lang: "Language of poster and deck",
    auto: "from the workbook", make: "Make poster and deck", compare: "Compare",
    gaps_help: "One workbook with the ideal and the current journey, or two workbooks.",
    ideal: "Ideal journey (or both)", current: "Current journey (optional)", old: "Old version", new: "New version",
    local: "Everything stays on this computer: nothing goes to the internet.",
    working: "Working…", done: "Done.", failed: "That did not work:", downloads: "Downloads",
    journey: "Journey", phases: "Phases", lanes: "Lanes", warnings: "Note", page: "Page",
  },
};

let lang = (navigator.language || "nl").toLowerCase().startsWith("nl") ? "nl" : "en";
const $ = (id) => document.getElementById(id);
const t = (key) => WORDS[lang][key] || key;

function translate() {
  document.documentElement.lang = lang;
  $("ui-lang").value = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
}

function element(tag, text, attrs = {}) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function clear() {
  for (const id of ["files", "found", "warnings", "previews"]) $(id).replaceChildren();
  $("error").hidden = true;
  $("report").hidden = true;
}

function show(data) {
  $("status").textContent = t("done");
  for (const file of data.files) {
    const li = element("li");
    li.append(element("a", file.name, { href: file.url, download: file.name }));
    $("files").append(li);
  }
  for (const journey of (data.summary && data.summary.journeys) || []) {
    const box = element("div", undefined, { class: "journey" });
    box.append(element("h2", `${t("journey")}: ${journey.name}`));
    box.append(element("p", `${t("phases")}: ${journey.phases.join(" · ")}`, { class: "phases" }));
    box.append(element("p", `${t("lanes")}: ${journey.lanes.join(" · ")}`));
    $("found").append(box);
  }
  for (const warning of data.warnings) $("warnings").append(element("li", `${t("warnings")}: ${warning}`));
  if (data.report) {
    $("report").textContent = data.report;
    $("report").hidden = false;
  }
  for (const preview of data.previews) {
    const alt = `${t("page")} ${preview.page}`;
    const link = element("a", undefined, { href: preview.url, target: "_blank" });
    link.append(element("img", undefined, { src: preview.url, alt }));
    $("previews").append(link);
  }
}

async function send(form) {
  clear();
  $("status").textContent = t("working");
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const response = await fetch(form.dataset.api, { method: "POST", body: new FormData(form) });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || response.statusText);
    show(data);
  } catch (error) {
    $("status").textContent = t("failed");
    $("error").textContent = error.message;
    $("error").hidden = false;
  } finally {
    button.disabled = false;
    $("result").focus();
  }
}

function tabs() {
  const list = [...document.querySelectorAll("[role=tab]")];
  const select = (tab) => {
    for (const other of list) {
      const on = other === tab;
      other.setAttribute("aria-selected", on);
      other.tabIndex = on ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !on;
    }
    tab.focus();
  };
  for (const tab of list) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(list[(list.indexOf(tab) + step + list.length) % list.length]);
    });
  }
}

async function choices() {
  const response = await fetch("/api/options");
  const data = await response.json();
  for (const name of data.brands) $("brands").append(element("option", name, { value: name }));
  for (const size of data.sizes) $("sizes").append(element("option", size, { value: size }));
  $("sizes").value = "A1";
}

document.addEventListener("DOMContentLoaded", () => {
  translate();
  tabs();
  choices();
  $("ui-lang").addEventListener("change", (event) => { lang = event.target.value; translate(); });
  for (const form of document.querySelectorAll("form[data-api]")) {
    form.addEventListener("submit", (event) => { event.preventDefault(); send(form); });
  }
});
