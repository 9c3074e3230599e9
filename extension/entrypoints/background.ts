export default defineBackground(() => {
  console.log("vanta background");
});
