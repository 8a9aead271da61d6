"""Rules that turn a company profile into advice: model choice, budget, schedule."""
