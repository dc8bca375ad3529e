// Small progressive enhancements; every page works without them.
document.addEventListener("click", (event) => {
  const copy = event.target.closest("[data-copy-target]");
  if (copy) {
    const drawing = document.getElementById(copy.dataset.copyTarget);
    navigator.clipboard.writeText(drawing.textContent).then(() => {
      copy.textContent = "Copied";
      setTimeout(() => { copy.textContent = "Copy"; }, 1500);
    });
  }
  const select = event.target.closest("[data-select-stories]");
  if (select) {
    // "Select all" that stops at the job's limit of 10 stories.
    const limit = Number(select.dataset.selectStories);
    document.querySelectorAll('input[name="story_ids"]').forEach((box, index) => {
      box.checked = index < limit;
    });
    countSelected();
  }
});

function countSelected() {
  const count = document.querySelectorAll('input[name="story_ids"]:checked').length;
  document.querySelectorAll("[data-selected-count]").forEach((label) => {
    label.textContent = count ? `${count} selected${count > 10 ? " (at most 10)" : ""}` : "";
  });
}

document.addEventListener("change", (event) => {
  if (event.target.matches('input[name="story_ids"]')) countSelected();
});
