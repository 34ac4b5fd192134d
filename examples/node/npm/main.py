# npm install, then: live run examples/node/npm/main.py
# A Python main using a JavaScript module that requires an npm package. Edit words.js and save.
words = use("words")

print(" ".join(words.commonest("to be or not to be that is the question")))
# out: be to is
